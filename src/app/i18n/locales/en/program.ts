// The contact person's screens and the social program.
export const program = {
  "contact.title": "Contact person",
  "contact.lead": "You are the contact person of {student}.",
} as const;
