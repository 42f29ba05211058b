// What the logbook's cover and the project page show about an exchange beyond its identity: the
// officer's form as typed (project description, host, the student's studies, the contact
// person) and who the committee's officers are. The server answers it at GET /api/me/exchange
// to the exchange's own people; the device keeps the last answer to show offline.
export interface ExchangeDetails {
  exchangeId: string;
  committeeName: string;
  hostInstitution: string;
  department: string;
  description: string;
  /** What the tutor asks of the student before arrival, what to read and whether they talk first; absent in copies kept from older servers. */
  requirements?: string;
  preparationPapers?: { title: string; url: string }[];
  videoCallFirst?: boolean;
  student: { levelOfStudies: string; university: string; homeNmo: string; homeCountry: string };
  contact: { name: string; email: string; phone: string };
  officers: { name: string; email: string }[];
  /**
   * How to reach the student: only for the exchange's contact person (who meets them) and the
   * student; the tutor has it from the host's own channels. Absent from older servers.
   */
  studentContact?: { name: string; email: string; phone: string };
}
