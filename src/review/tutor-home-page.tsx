import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";

export default function TutorHomePage() {
  const { t } = useI18n();
  return (
    <RolePage role="tutor">
      {(session) => (
        <>
          <PageTitle>{t("tutor.title")}</PageTitle>
          <p>{t("tutor.lead", { student: session.title })}</p>
        </>
      )}
    </RolePage>
  );
}
