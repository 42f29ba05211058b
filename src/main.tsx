import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import { I18nProvider } from "./app/i18n/i18n-context";
import { AppServicesProvider } from "./app/services";
import { AppShell } from "./app/app-shell";
import { routes } from "./app/routes";
import "./app/app.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

// Evaluating the modules and rendering the first screen are two tasks, not one long one: a
// phone's main thread answers taps in between.
await new Promise((resolve) => setTimeout(resolve, 0));

render(
  () => (
    <I18nProvider>
      <AppServicesProvider>
        <Router root={AppShell}>{routes}</Router>
      </AppServicesProvider>
    </I18nProvider>
  ),
  root,
);
