import { A } from "@solidjs/router";
import { useI18n } from "./i18n/i18n-context";
import { PageTitle } from "../ui/page-title";

export default function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t("notFound.title")}</PageTitle>
      <p>{t("notFound.body")}</p>
      <p>
        <A href="/">{t("notFound.back")}</A>
      </p>
    </>
  );
}
