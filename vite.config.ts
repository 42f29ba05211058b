import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";

// Paths the service worker must never answer from its cache: they are live server endpoints.
const serverOnlyPaths = [/^\/api\//, /^\/sync\//, /^\/healthz/, /^\/metrics/];

export default defineConfig({
  // Shown in Settings; APP_VERSION lets a deployment (or a test) label a build.
  define: { __APP_VERSION__: JSON.stringify(process.env.APP_VERSION ?? process.env.npm_package_version ?? "dev") },
  plugins: [
    solid(),
    VitePWA({
      registerType: "prompt",
      injectRegister: false,
      pwaAssets: { image: "public/icon.svg", preset: "minimal-2023", overrideManifestIcons: true },
      manifest: {
        name: "Academic Quality Logbook",
        short_name: "Logbook",
        description: "Daily logbook, review and co-signed evaluation for medical-student exchanges.",
        theme_color: "#0b4f6c",
        background_color: "#f4f7f9",
        display: "standalone",
        start_url: "/",
        scope: "/",
        lang: "en",
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,ico}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: serverOnlyPaths,
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page at once, so a person who joins and
        // then loses the network can already reload. Later versions still wait for the prompt.
        clientsClaim: true,
      },
    }),
  ],
  // The manifest lets the size budget follow exactly what each route loads.
  build: { target: "es2022", sourcemap: true, manifest: true },
});
