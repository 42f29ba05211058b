import { useI18n } from "./i18n/i18n-context";
import { PageTitle } from "../ui/page-title";

export default function HomePage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t("welcome.title")}</PageTitle>
      <p>{t("welcome.lead")}</p>
      <p>{t("welcome.howToJoin")}</p>
    </>
  );
}
