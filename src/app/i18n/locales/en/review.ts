// The tutor's screens.
export const review = {
  "tutor.title": "My student",
  "tutor.lead": "You are the tutor of {student}. Their logbook appears here as they fill it in.",
  "tutor.weekEmpty": "Nothing logged this week yet.",
} as const;
