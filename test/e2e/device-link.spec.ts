// The link for a person's next device stays on screen while the app refreshes what it knows of
// the session in the background (it does so at every start and on every reconnect).
import { test, expect } from "./fixtures";
import { provisionInvites, setupTokenFromOutput } from "../helpers/provision";
import { JoinPage } from "./pages";

test("the link for another device stays shown when the session is refreshed meanwhile", async ({ page, server }) => {
  const { exchange } = await provisionInvites(server.url, setupTokenFromOutput(server.output()));
  await new JoinPage(page).joinThrough(exchange.invites.student, /Join as the student of/);

  // Hold the start-up refresh of the session until the link is on screen, then let it through.
  let releaseRefresh = () => {};
  const refreshHeld = new Promise<void>((resolve) => (releaseRefresh = resolve));
  let refreshes = 0;
  await page.route("**/api/me", async (route) => {
    await refreshHeld;
    await route.continue();
  });
  page.on("requestfinished", (request) => {
    if (new URL(request.url()).pathname === "/api/me") refreshes += 1;
  });

  await page.goto(`${server.url}/devices`);
  await page.getByRole("button", { name: "Show a link for my other device" }).click();
  const link = page.getByTestId("device-link");
  await expect(link).toHaveValue(/\/join#[A-Za-z0-9_-]{22}$/);
  const shown = await link.inputValue();

  releaseRefresh();
  await expect.poll(() => refreshes).toBeGreaterThan(0);
  // The refresh rewrote the session record; give the page's live query a moment to deliver it.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(link).toHaveValue(shown);
  await expect(page.getByRole("button", { name: "Show a link for my other device" })).toHaveCount(0);
});
