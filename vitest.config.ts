import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";
import { fileURLToPath } from "node:url";

// Unit and integration tests; the browser tests under test/e2e run in Playwright instead.
export default defineConfig({
  plugins: [solid()],
  define: { __APP_VERSION__: JSON.stringify("test") },
  resolve: {
    // The Solid plugin makes Vite prefer "browser" builds; ws's browser build is a stub that
    // throws, and the server and test clients need the real Node one.
    alias: { ws: fileURLToPath(new URL("./node_modules/ws/wrapper.mjs", import.meta.url)) },
  },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "sync-server/**/*.test.ts", "test/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["./test/helpers/build-server-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
