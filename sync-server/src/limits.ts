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
  /** Awareness messages per second per connection; extra ones are dropped. */
  awarenessPerSecond: number;
  /** New connections per minute from one IP address, and the burst allowed above it. */
  connectionsPerMinutePerIp: number;
  connectionBurstPerIp: number;
  /** Outgoing bytes a slow client may have queued before it is disconnected. */
  maxBufferedBytes: number;
  /** Deadline for checking one incoming update. */
  updateCheckDeadlineMs: number;
  /** Largest JSON body accepted by the HTTP API. */
  maxJsonBodyBytes: number;
}

export const defaultLimits: Limits = {
  maxFrameBytes: 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  loadTimeoutMs: 10_000,
  maxFramesBeforeReady: 64,
  framesPerSecond: 200,
  frameBurst: 2000,
  awarenessPerSecond: 20,
  connectionsPerMinutePerIp: 120,
  connectionBurstPerIp: 120,
  maxBufferedBytes: 16 * 1024 * 1024,
  updateCheckDeadlineMs: 200,
  maxJsonBodyBytes: 64 * 1024,
};
