// English is the source language: every key the UI uses is declared here, and other locales
// may translate any subset of it (missing keys fall back to English).
export const en = {
  "app.name": "Academic Quality Logbook",
  "app.skipToContent": "Skip to content",
  "nav.main": "Main",
  "nav.home": "Home",
  "nav.settings": "Settings",
  "status.online": "Online",
  "status.offline": "Offline — your work is kept on this device",
  "status.region": "Connection and sync status",
  "update.ready": "A new version is ready.",
  "update.reload": "Reload",
  "update.later": "Later",
  "update.saving": "Saving your work before reloading…",
  "error.localWrite.title": "Your last change could not be saved on this device",
  "error.localWrite.quota":
    "This device is out of storage space for the app. Free some space (photos, other apps), then retry. Nothing you typed before this change is lost.",
  "error.localWrite.blocked":
    "The app's storage is blocked, often by the app being open in another tab that is being updated. Close other tabs of this app, then retry.",
  "error.localWrite.other": "The browser refused to save: {message}",
  "error.localWrite.retry": "Retry",
  "error.localWrite.dismiss": "I understand",
  "welcome.title": "Welcome",
  "welcome.lead":
    "This logbook accompanies your research (SCORE) or professional (SCOPE) exchange: the daily log, attendance, appraisals and the final evaluation, on your phone or laptop, with or without a network.",
  "welcome.howToJoin":
    "To start, open the invite link your local officer sent you by e-mail. It brings you here, ready to join.",
  "home.title": "Home",
  "home.roleStudent": "Student",
  "home.roleTutor": "Tutor",
  "home.roleContact": "Contact person",
  "home.roleOfficer": "Local officer",
  "notFound.title": "Page not found",
  "notFound.body": "There is nothing at this address.",
  "notFound.back": "Back to home",
  "settings.title": "Settings",
  "settings.language": "Language",
  "settings.storage": "Storage on this device",
  "settings.persisted": "Protected: the browser will not clear your logbook to free space.",
  "settings.notPersisted":
    "Not protected: the browser may clear the app's data when the device runs low on space. Install the app or keep using it to get protection.",
  "settings.persistUnknown": "This browser does not say whether storage is protected.",
  "settings.requestPersist": "Ask for protection",
  "settings.usage": "{used} used of {quota} available",
  "settings.usageUnknown": "This browser does not report storage use.",
  "loading": "Loading…",
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
