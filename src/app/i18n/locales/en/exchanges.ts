// The local officer's screens.
export const exchanges = {
  "officer.title": "Local officer",
  "officer.lead": "You are a local officer of {committee}.",
} as const;
