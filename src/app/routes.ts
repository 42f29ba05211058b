// Routes as data: each page is loaded lazily, so the first screen carries only the shell.
import { lazy } from "solid-js";
import type { RouteDefinition } from "@solidjs/router";

export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./home-page")) },
  { path: "/settings", component: lazy(() => import("../settings/settings-page")) },
  { path: "*404", component: lazy(() => import("./not-found-page")) },
];
