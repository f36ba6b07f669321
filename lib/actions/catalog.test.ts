import { describe, expect, it } from "vitest";
import { actionInputs } from "./action-inputs";
import { actionCatalog, actionUrl, needsReason, type ActionId } from "./catalog";

// A valid body of each action without its reason, to test the catalog against the schemas.
const bodies: Record<ActionId, Record<string, unknown>> = {
  "charge.skip": { purchase_item_ids: [1] },
  "charge.unskip": { purchase_item_ids: [1] },
  "charge.refund": { full_refund: true },
  "charge.process": {},
  "subscription.set_next_charge_date": { date: "2030-01-01" },
  "subscription.cancel": { cancellation_reason: "Other" },
  "subscription.activate": {},
};

describe("action catalog", () => {
  it("names each action once, as <target>.<verb>", () => {
    const ids = actionCatalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of actionCatalog) expect(entry.id.startsWith(`${entry.target}.`), entry.id).toBe(true);
  });

  it("requires a reason in the body exactly where the entry says money moves or a reason is needed", () => {
    for (const entry of actionCatalog) {
      const schema = actionInputs[entry.id];
      const withoutReason = schema.safeParse(bodies[entry.id]);
      expect(withoutReason.success, `${entry.id} without a reason`).toBe(!needsReason(entry));
      expect(schema.safeParse({ ...bodies[entry.id], reason: "customer asked" }).success, entry.id).toBe(
        true,
      );
    }
  });

  it("reads back only fields the body has", () => {
    for (const entry of actionCatalog) {
      if (entry.readBack.kind === "none") continue;
      const body = actionInputs[entry.id].parse({ ...bodies[entry.id], reason: "customer asked" });
      for (const check of entry.readBack.checks)
        if ("input" in check) expect(Object.keys(body), entry.id).toContain(check.input);
    }
  });

  it("sends each action to its record's route", () => {
    expect(actionUrl(actionCatalog[0], 42)).toBe("/api/charges/42/skip");
    expect(actionCatalog.map((entry) => actionUrl(entry, 1))).toEqual([
      "/api/charges/1/skip",
      "/api/charges/1/unskip",
      "/api/charges/1/refund",
      "/api/charges/1/process",
      "/api/subscriptions/1/set_next_charge_date",
      "/api/subscriptions/1/cancel",
      "/api/subscriptions/1/activate",
    ]);
  });
});
