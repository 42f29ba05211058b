// Global set-up of both test runners: the tests that start the server as a process run the
// built JavaScript, as production does, so it is rebuilt from the source first (about a second).
import { buildServer } from "../../scripts/build-server";

export default async function buildServerOnce(): Promise<void> {
  await buildServer();
}
