import { useI18n } from "../app/i18n/i18n-context";
import { PageTitle } from "../ui/page-title";
import { RolePage } from "../session/role-page";

export default function ContactHomePage() {
  const { t } = useI18n();
  return (
    <RolePage role="contact">
      {(session) => (
        <>
          <PageTitle>{t("contact.title")}</PageTitle>
          <p>{t("contact.lead", { student: session.title })}</p>
        </>
      )}
    </RolePage>
  );
}
