import { describe, expect, it } from "vitest";
import { actionInputs } from "./action-inputs";
import { actionCatalog, actionEntry, actionPage, actionUrl, needsReason, type ActionId } from "./catalog";

// A valid body of each action without its reason, to test the catalog against the schemas.
const bodies: Record<ActionId, Record<string, unknown>> = {
  "charge.skip": { purchase_item_ids: [1] },
  "charge.unskip": { purchase_item_ids: [1] },
  "charge.refund": { full_refund: true },
  "charge.process": {},
  "subscription.set_next_charge_date": { date: "2030-01-01" },
  "subscription.update": { quantity: 2 },
  "subscription.cancel": { cancellation_reason: "Other" },
  "subscription.activate": {},
  "address.update": { city: "Toronto" },
  "address.apply_discount": { discount_code: "SANDBOX10" },
  "address.remove_discount": {},
  "discount.create": { code: "SPRING10", value: "10", value_type: "percentage" },
  "discount.update": { value: "15" },
  "discount.disable": {},
  "discount.enable": {},
  "discount.delete": {},
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
        else if ("fields" in check)
          expect(
            Object.keys(body).filter((key) => (check.fields as readonly string[]).includes(key)),
            entry.id,
          ).not.toEqual([]);
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
      "/api/subscriptions/1",
      "/api/subscriptions/1/cancel",
      "/api/subscriptions/1/activate",
      "/api/addresses/1",
      "/api/addresses/1/apply_discount",
      "/api/addresses/1/remove_discount",
      "/api/discounts",
      "/api/discounts/1",
      "/api/discounts/1/disable",
      "/api/discounts/1/enable",
      "/api/discounts/1",
    ]);
  });

  it("links the actions taken on a page of their own, and no other", () => {
    expect(actionCatalog.filter((entry) => actionPage(entry, 7) !== null).map((entry) => entry.id)).toEqual([
      "discount.create",
      "discount.update",
    ]);
    expect(actionPage(actionEntry("discount.create"), 7)).toBe("/discounts/new");
    expect(actionPage(actionEntry("discount.update"), 7)).toBe("/discounts/7/edit");
    expect(actionUrl(actionEntry("discount.create"))).toBe("/api/discounts");
  });
});
