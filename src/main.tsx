import { render } from "solid-js/web";
import { Router } from "@solidjs/router";
import { I18nProvider } from "./app/i18n/i18n-context";
import { AppServicesProvider } from "./app/services";
import { AppShell } from "./app/app-shell";
import { routes } from "./app/routes";
import "./app/app.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from index.html");

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
