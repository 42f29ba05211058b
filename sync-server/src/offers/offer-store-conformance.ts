// What every OfferStore must do, run against each implementation (SQLite here; a PostgreSQL
// store calls `describeOfferStoreConformance` with its own factory).
import { afterEach, describe, expect, it } from "vitest";
import { DuplicateApplication, newOffer, type OfferStore, type StoredApplication, type StoredOffer } from "./offer-store";

export type OfferStoreFactory = () => Promise<{ store: OfferStore; cleanup(): Promise<void> }>;

export const sampleOffer = (id: string, committeeId = "lc1"): StoredOffer => newOffer(id, committeeId, { name: "Dr. Ana", email: "ana@example.org" }, 1);

export const sampleApplication = (id: string, offerId: string, email = `${id}@example.org`): StoredApplication => ({
  id,
  offerId,
  fields: { name: `Applicant ${id}`, email, university: "Uni", levelOfStudies: "5th year", homeNmo: "NMO", homeCountry: "Country", letterText: "I would like to come." },
  files: ["cv"],
  enteredBy: "applicant",
  call: null,
  createdAt: 2,
});

export function describeOfferStoreConformance(name: string, factory: OfferStoreFactory): void {
  describe(`OfferStore conformance: ${name}`, () => {
    let cleanup: (() => Promise<void>) | null = null;
    const open = async () => {
      const made = await factory();
      cleanup = made.cleanup;
      return made.store;
    };
    afterEach(async () => {
      await cleanup?.();
      cleanup = null;
    });

    it("keeps offers per committee and applies patches", async () => {
      const store = await open();
      await store.createOffer(sampleOffer("o1"), "link1");
      await store.createOffer(sampleOffer("o2", "lc2"), "link2");
      await store.updateOffer("o1", { state: "published", reviewComment: "fine" });
      expect((await store.offersOf("lc1")).map((o) => [o.id, o.state, o.reviewComment])).toEqual([["o1", "published", "fine"]]);
      expect(await store.offer("missing")).toBeNull();
    });

    it("finds the offers decided before a time", async () => {
      const store = await open();
      await store.createOffer(sampleOffer("o1"), "l1");
      await store.createOffer(sampleOffer("o2"), "l2");
      await store.createOffer(sampleOffer("o3"), "l3");
      await store.updateOffer("o1", { state: "chosen", decidedAt: 100 });
      await store.updateOffer("o2", { state: "declined", decidedAt: 300 });
      expect((await store.offersDecidedBefore(200)).map((o) => o.id)).toEqual(["o1"]);
    });

    it("redeems a link once, into an access token; a new link withdraws both", async () => {
      const store = await open();
      await store.createOffer(sampleOffer("o1"), "link1");
      expect((await store.offerByLink("link1"))?.id).toBe("o1");
      expect(await store.redeemLink("link1", "access1")).toBe(true);
      expect(await store.redeemLink("link1", "access2")).toBe(false);
      expect(await store.offerByLink("link1")).toBeNull();
      expect((await store.offerByAccess("access1"))?.id).toBe("o1");
      await store.replaceLink("o1", "link2");
      expect(await store.offerByAccess("access1")).toBeNull();
      expect((await store.offerByLink("link2"))?.id).toBe("o1");
    });

    it("refuses a second application from the same e-mail to the same offer, storing nothing of it", async () => {
      const store = await open();
      await store.addApplication(sampleApplication("a1", "o1", "Sam@Example.org"), "sam@example.org", "t1", { cv: new Uint8Array([1, 2, 3]) });
      await expect(store.addApplication(sampleApplication("a2", "o1"), "sam@example.org", "t2", { cv: new Uint8Array([9]) })).rejects.toBeInstanceOf(DuplicateApplication);
      expect(await store.application("a2")).toBeNull();
      expect(await store.file("a2", "cv")).toBeNull();
      await store.addApplication(sampleApplication("a3", "o2"), "sam@example.org", "t3", {});
      expect((await store.applicationsOf("o1")).map((a) => a.id)).toEqual(["a1"]);
    });

    it("returns files byte for byte, finds applications by token, and deletes them with their files", async () => {
      const store = await open();
      const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 255]);
      await store.addApplication(sampleApplication("a1", "o1"), "a1", "t1", { cv: bytes, letter: bytes });
      await store.addApplication(sampleApplication("a2", "o1"), "a2", null, {});
      expect(await store.file("a1", "cv")).toEqual(bytes);
      expect((await store.applicationByToken("t1"))?.id).toBe("a1");
      await store.setCall("a1", { slots: ["2027-03-01T09:00:00.000Z"], picked: null });
      expect((await store.application("a1"))?.call?.slots).toEqual(["2027-03-01T09:00:00.000Z"]);
      expect(await store.deleteApplications(["a1", "missing"])).toBe(1);
      expect(await store.application("a1")).toBeNull();
      expect(await store.file("a1", "letter")).toBeNull();
      expect(await store.applicationByToken("t1")).toBeNull();
      expect((await store.applicationsOf("o1")).map((a) => a.id)).toEqual(["a2"]);
    });
  });
}
