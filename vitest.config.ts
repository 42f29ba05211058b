import { defineConfig } from "vitest/config";
import solid from "vite-plugin-solid";

// Unit and integration tests; the browser tests under test/e2e run in Playwright instead.
export default defineConfig({
  plugins: [solid()],
  test: {
    include: ["src/**/*.test.{ts,tsx}", "sync-server/**/*.test.ts", "test/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
