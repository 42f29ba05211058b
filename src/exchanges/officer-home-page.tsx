import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";

export default function OfficerHomePage() {
  const { t } = useI18n();
  return (
    <RolePage role="officer">
      {(session) => (
        <>
          <PageTitle>{t("officer.title")}</PageTitle>
          <p>{t("officer.lead", { committee: session.title })}</p>
        </>
      )}
    </RolePage>
  );
}
