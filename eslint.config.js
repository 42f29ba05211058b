import js from "@eslint/js";
import tseslint from "typescript-eslint";
import solid from "eslint-plugin-solid/configs/typescript";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "dist-*/", "sync-server/dist/", "node_modules/", "data/", "test-results/", "playwright-report/", "dev-dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='only']", message: "Focused tests hide the rest of the suite." },
      ],
    },
  },
  { files: ["src/**/*.tsx"], ...solid },
  {
    // Components reach shared and device data only through domain stores.
    files: ["src/**/*.tsx"],
    ignores: ["src/app/services.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["yjs", "y-indexeddb", "y-protocols/*", "dexie"], message: "Use a domain store instead." }] },
      ],
    },
  },
  {
    // Yjs plumbing lives in src/sync alone.
    files: ["src/**/*.ts"],
    ignores: ["src/sync/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["y-indexeddb", "y-protocols/*", "y-websocket"], message: "Sync plumbing belongs in src/sync." }] },
      ],
    },
  },
);
