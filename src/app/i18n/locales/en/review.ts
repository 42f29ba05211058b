// The tutor's screens.
export const review = {
  "tutor.title": "My student",
  "tutor.lead": "You are the tutor of {student}. Their logbook appears here as they fill it in.",
} as const;
