// Every limit the server enforces, with defaults sized for a phone-and-laptop workload. All are
// configurable so a load test (or a large deployment) can raise them.
export interface Limits {
  /** Largest WebSocket frame; bigger ones close the connection with 1009. */
  maxFrameBytes: number;
  /** Largest stored state of one document. */
  maxDocumentBytes: number;
  /** Time a connection may wait for its document to load before it is closed. */
  loadTimeoutMs: number;
  /** Frames a connection may send before its document has loaded. */
  maxFramesBeforeReady: number;
  /** Sustained frames per second per connection, and the burst allowed above it. */
  framesPerSecond: number;
  frameBurst: number;
  /** Bytes per second one person may send over all their connections, and the burst above it: what the update guard walks. */
  bytesPerSecondPerPerson: number;
  byteBurstPerPerson: number;
  /** Awareness messages per second per connection; extra ones are dropped. */
  awarenessPerSecond: number;
  /**
   * New connections per minute, and the burst allowed above it, that fail authentication, per
   * client address (X-Forwarded-For when TRUST_PROXY trusts the proxy, else the socket's).
   */
  connectionsPerMinutePerIp: number;
  connectionBurstPerIp: number;
  /** New authenticated connections per minute per person, and the burst allowed above it. */
  connectionsPerMinutePerPerson: number;
  connectionBurstPerPerson: number;
  /** Outgoing bytes a slow client may have queued before it is disconnected. */
  maxBufferedBytes: number;
  /** Deadline for checking one incoming update. */
  updateCheckDeadlineMs: number;
  /** Clock ranges one document may hold: one per device, plus one per gap an update leaves. */
  maxClockRanges: number;
  /** Sync step 1 answers that may wait for one document's whole-state work (4529 above). */
  maxQueuedSyncAnswers: number;
  /** Documents smaller than this are merged and read on the event loop; larger ones in a worker thread. */
  inlineDocumentBytes: number;
  /** Worker threads for whole-document work on large documents. */
  documentWorkers: number;
  /** Largest JSON body accepted by the HTTP API. */
  maxJsonBodyBytes: number;
  /** Device invites one session may hold unused; asking for another withdraws the oldest. */
  maxUnusedDeviceInvites: number;
  /** Device invites one session may ask for per minute (HTTP 429 above). */
  deviceInvitesPerMinute: number;
  /** Certificate lookups by code per minute per client address, also the burst (HTTP 429 above). */
  certificateLookupsPerMinute: number;
  /** Largest application body (JSON with two PDFs of at most 4 MB each, base64-encoded). */
  maxApplicationBodyBytes: number;
  /** Applications per hour per client address, also the burst (HTTP 429 above). */
  applicationsPerHourPerAddress: number;
  /** Project-form link redemptions per minute per client address (HTTP 429 above). */
  offerLinksPerMinute: number;
  /** Reads of the public offers and of one's own application per minute per client address. */
  publicReadsPerMinute: number;
}

export const defaultLimits: Limits = {
  maxFrameBytes: 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  loadTimeoutMs: 10_000,
  maxFramesBeforeReady: 64,
  framesPerSecond: 200,
  frameBurst: 2000,
  bytesPerSecondPerPerson: 4 * 1024 * 1024,
  byteBurstPerPerson: 32 * 1024 * 1024,
  awarenessPerSecond: 20,
  connectionsPerMinutePerIp: 120,
  connectionBurstPerIp: 120,
  connectionsPerMinutePerPerson: 240,
  connectionBurstPerPerson: 120,
  maxBufferedBytes: 16 * 1024 * 1024,
  updateCheckDeadlineMs: 200,
  maxClockRanges: 10_000,
  maxQueuedSyncAnswers: 32,
  inlineDocumentBytes: 256 * 1024,
  documentWorkers: 2,
  maxJsonBodyBytes: 64 * 1024,
  maxUnusedDeviceInvites: 3,
  deviceInvitesPerMinute: 10,
  certificateLookupsPerMinute: 30,
  maxApplicationBodyBytes: 12 * 1024 * 1024,
  applicationsPerHourPerAddress: 20,
  offerLinksPerMinute: 20,
  publicReadsPerMinute: 120,
};
