// Downloads program events as an .ics file for the phone's calendar; works offline.
import type { MessageKey } from "../app/i18n/locales";
import { downloadFile, fileSlug } from "../ui/download-file";
import { programToIcs } from "./ics";
import type { ProgramEvent } from "./program-document";

export function downloadCalendar(events: readonly ProgramEvent[], timeZone: string, t: (key: MessageKey) => string, fileName: string): void {
  const ics = programToIcs(events, {
    timeZone,
    now: new Date(),
    uidDomain: location.hostname || "logbook",
    labels: { meetingPoint: t("event.meetingPoint"), cost: t("event.cost"), bring: t("event.bring") },
  });
  downloadFile(`${fileSlug(fileName, "program")}.ics`, ics, "text/calendar;charset=utf-8");
}
