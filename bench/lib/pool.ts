// Opens many clients without opening them all at once: thousands of simultaneous handshakes
// would measure the accept queue, not the server.
export async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(each));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const cpuSecondsBetween = (before: { cpuUserMicros: number; cpuSystemMicros: number }, after: { cpuUserMicros: number; cpuSystemMicros: number }) =>
  (after.cpuUserMicros + after.cpuSystemMicros - before.cpuUserMicros - before.cpuSystemMicros) / 1e6;
