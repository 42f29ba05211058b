// Routes as data: each page is loaded lazily, so the first screen carries only the shell.
import { lazy } from "solid-js";
import type { RouteDefinition } from "@solidjs/router";

export const routes: RouteDefinition[] = [
  { path: "/", component: lazy(() => import("./home-page")) },
  { path: "/join", component: lazy(() => import("../session/join-page")) },
  { path: "/student/:personId", component: lazy(() => import("../logbook/student-home-page")) },
  { path: "/student/:personId/day/:date", component: lazy(() => import("../logbook/day-entry-page")) },
  { path: "/student/:personId/days", component: lazy(() => import("../logbook/days-page")) },
  { path: "/student/:personId/attendance", component: lazy(() => import("../logbook/attendance-page")) },
  { path: "/student/:personId/appraisals", component: lazy(() => import("../logbook/appraisals-page")) },
  { path: "/student/:personId/about", component: lazy(() => import("../logbook/about-page")) },
  { path: "/student/:personId/export", component: lazy(() => import("../logbook/export-page")) },
  { path: "/tutor/:personId", component: lazy(() => import("../review/tutor-home-page")) },
  { path: "/tutor/:personId/appraisals", component: lazy(() => import("../review/tutor-appraisals-page")) },
  { path: "/contact/:personId", component: lazy(() => import("../program/contact-home-page")) },
  { path: "/officer/:personId", component: lazy(() => import("../exchanges/officer-home-page")) },
  { path: "/officer/:personId/exchanges/new", component: lazy(() => import("../exchanges/new-exchange-page")) },
  { path: "/officer/:personId/exchanges/:exchangeId", component: lazy(() => import("../exchanges/exchange-page")) },
  { path: "/officer/:personId/exchanges/:exchangeId/edit", component: lazy(() => import("../exchanges/edit-exchange-page")) },
  { path: "/officer/:personId/program", component: lazy(() => import("../program/program-editor-page")) },
  { path: "/contact/:personId/arrival", component: lazy(() => import("../program/arrival-page")) },
  { path: "/contact/:personId/program", component: lazy(() => import("../program/program-editor-page")) },
  { path: "/settings", component: lazy(() => import("../settings/settings-page")) },
  { path: "/devices", component: lazy(() => import("../session/devices-page")) },
  { path: ["/student/:personId/evaluation", "/tutor/:personId/evaluation"], component: lazy(() => import("../evaluation/evaluation-page")) },
  { path: ["/student/:personId/evaluation/sign", "/tutor/:personId/evaluation/sign"], component: lazy(() => import("../evaluation/sign-page")) },
  { path: ["/student/:personId/certificate", "/tutor/:personId/certificate"], component: lazy(() => import("../evaluation/certificate-page")) },
  { path: "/verify", component: lazy(() => import("../evaluation/verify-page")) },
  { path: "*404", component: lazy(() => import("./not-found-page")) },
];
