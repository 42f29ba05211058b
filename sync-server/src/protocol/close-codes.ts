// WebSocket close codes the server uses, documented in sync-server/README.md. They follow the
// y-websocket convention: 4400-4499 mirror HTTP 4xx, decisions no reconnect can change, so stock
// clients stop; 4500-4599 mean "try again later", so clients reconnect with backoff.
export const closeCodes = {
  goingAway: 1001,
  messageTooBig: 1009,
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownDocument: 4404,
  timeout: 4508,
  documentTooLarge: 4413,
  rateLimited: 4529,
  storageUnavailable: 4503,
} as const;

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
