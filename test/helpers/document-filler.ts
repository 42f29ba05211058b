// Fills a document the way a persistent device would: one large update at a time, each sent
// again on a new connection when the server says "busy, retry later" (4529), until the durable
// acknowledgement covers it. Any other close is a failure.
import * as Y from "yjs";
import { durableObserver, waitFor } from "./clients";
import { updateFrame } from "./malformed-frames";
import { manyEntries } from "./heavy-updates";

export interface Filled {
  bytes: number;
  /** Client ids the fill used and how many clocks each wrote, to delete them again. */
  clients: { client: number; length: number }[];
  /** Updates the server asked to have sent again (4529). */
  retries: number;
  seconds: number;
}

export async function fillDocument(wsUrl: string, documentName: string, token: string, bytes: number, rootName: string, frameBytes = 1_000_000): Promise<Filled> {
  const started = performance.now();
  const filled: Filled = { bytes: 0, clients: [], retries: 0, seconds: 0 };
  let device = await durableObserver(wsUrl, documentName, token);
  while (filled.bytes < bytes) {
    const update = manyEntries(frameBytes, rootName);
    const [[client, clock]] = [...Y.parseUpdateMeta(update).to] as [[number, number]];
    for (;;) {
      device.socket.send(updateFrame(update));
      await waitFor(() => (device.state.latest?.get(client) ?? 0) >= clock || device.state.closed !== null, 120_000, `an update at ${filled.bytes} bytes to be stored`);
      if (device.state.closed === null) break;
      if (device.state.closed !== 4529) throw new Error(`the server closed the filling connection with ${device.state.closed}`);
      filled.retries++;
      // 4529 asks the client to come back later: a short back-off, as a real client makes.
      await new Promise((resolve) => setTimeout(resolve, 200));
      device = await durableObserver(wsUrl, documentName, token);
    }
    filled.clients.push({ client, length: clock });
    filled.bytes += update.length;
  }
  device.close();
  filled.seconds = (performance.now() - started) / 1000;
  return filled;
}
