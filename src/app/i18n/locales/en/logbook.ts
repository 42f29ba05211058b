// The student's logbook screens.
export const logbook = {
  "student.title": "My exchange",
  "student.expectations": "My expectations",
  "student.expectationsHint": "What do you hope to learn and do during this exchange? Saved as you type.",
  "student.loading": "Opening your logbook…",
} as const;
