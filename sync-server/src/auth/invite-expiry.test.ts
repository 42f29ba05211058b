// How long invite links work, enforced by the registry on a clock the test moves: an exchange's
// people get links that last until after the exchange's last day, however early it was created;
// a set-up link lasts a fixed week.
import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { createRegistry } from "./registry";
import { exchangeForm } from "../../../test/helpers/provision";
import type { ExchangeForm } from "../../../src/exchanges/exchange-form";

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);

const publicKey = { kty: "EC", crv: "P-256", x: "x", y: "y" };

/** A registry on a clock the test sets, and a committee made through its set-up link. */
function registryAt(start: string) {
  const clock = { now: at(start) };
  const registry = createRegistry(new Database(":memory:"), { now: () => clock.now });
  const setup = registry.issueSetupInviteIfNeeded()!;
  const officer = registry.redeemInvite(setup, { publicKey, deviceName: "laptop", setup: { name: "Olivia Officer", committeeName: "Test LC" } });
  if (officer.status !== "ok") throw new Error(officer.status);
  return { registry, clock, committee: officer.session.person.committeeId };
}

describe("invite expiry", () => {
  it("an invite made weeks before the exchange works until after its last day, and not for ever", () => {
    const { registry, clock, committee } = registryAt("2026-12-01");
    const form = exchangeForm({ startDate: "2027-01-15", endDate: "2027-02-11" }) as ExchangeForm;
    const { id, invites } = registry.createExchange(committee, form);
    const student = registry.peopleOf(id).find((person) => person.role === "student")!;
    const expiry = registry.officerMadeInvite(student.id)!.expiresAt;
    expect(new Date(expiry).toISOString().slice(0, 10) >= "2027-02-11").toBe(true);

    clock.now = at("2027-02-11");
    expect(registry.lookupInvite(invites.student).status).toBe("ok");
    clock.now = at("2027-03-15");
    expect(registry.lookupInvite(invites.student).status).toBe("expired");
  });

  it("a re-issued invite also lasts until after the last day", () => {
    const { registry, clock, committee } = registryAt("2026-12-01");
    const { id } = registry.createExchange(committee, exchangeForm({ startDate: "2027-01-15", endDate: "2027-02-11" }) as ExchangeForm);
    const tutor = registry.peopleOf(id).find((person) => person.role === "tutor")!;
    const token = registry.reissueInvite(tutor.id);
    clock.now = at("2027-02-11");
    expect(registry.lookupInvite(token).status).toBe("ok");
  });

  it("an exchange that is under way or over still gets at least 30 days to join", () => {
    const { registry, clock, committee } = registryAt("2026-12-01");
    const { invites } = registry.createExchange(committee, exchangeForm({ startDate: "2026-11-01", endDate: "2026-11-28" }) as ExchangeForm);
    clock.now = at("2026-12-30");
    expect(registry.lookupInvite(invites.contact).status).toBe("ok");
    clock.now = at("2027-01-01");
    expect(registry.lookupInvite(invites.contact).status).toBe("expired");
  });

  it("moving the last day later keeps an unused invite working until after it", () => {
    const { registry, clock, committee } = registryAt("2026-12-01");
    const form = exchangeForm({ startDate: "2027-01-15", endDate: "2027-02-11" }) as ExchangeForm;
    const { id, invites } = registry.createExchange(committee, form);
    registry.updateExchange(id, { ...form, endDate: "2027-03-11" });
    clock.now = at("2027-03-11");
    expect(registry.lookupInvite(invites.student).status).toBe("ok");
  });

  it("an officer's invite for another officer works for a week", () => {
    const { registry, clock, committee } = registryAt("2026-12-01");
    const { token } = registry.addOfficer(committee, "Leo Officer", "leo@example.org");
    clock.now = at("2026-12-07");
    expect(registry.lookupInvite(token).status).toBe("ok");
    clock.now = at("2026-12-09");
    expect(registry.lookupInvite(token).status).toBe("expired");
  });

  it("the set-up link works for a week", () => {
    const clock = { now: at("2026-12-01") };
    const registry = createRegistry(new Database(":memory:"), { now: () => clock.now });
    const token = registry.issueSetupInviteIfNeeded()!;
    clock.now = at("2026-12-07");
    expect(registry.lookupInvite(token).status).toBe("ok");
    clock.now = at("2026-12-09");
    expect(registry.lookupInvite(token).status).toBe("expired");
  });
});
