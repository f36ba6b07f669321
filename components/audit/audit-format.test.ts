import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  auditActionLabel,
  auditActions,
  auditOutcomeLabel,
  auditOutcomeTone,
  auditTargetHref,
  auditTargetLabel,
  describeAuditFilters,
} from "./audit-format";

/**
 * Every `action: "…"` a mutation route under app/api declares, every `actionRoute("…"`, and every
 * `actionEntry("…")` a mutationRoute takes its action from (a creation: app/api/discounts/route.ts).
 */
function recordedActions(dir = "app/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return recordedActions(path);
    if (entry.name !== "route.ts") return [];
    const source = readFileSync(path, "utf8");
    return [
      ...source.matchAll(/^\s+action: "([\w.]+)",$/gm),
      ...source.matchAll(/\bactionRoute\("([\w.]+)"/g),
      ...source.matchAll(/\bactionEntry\("([\w.]+)"\)/g),
    ].map((match) => match[1]!);
  });
}

describe("audit actions", () => {
  it("the action filter offers exactly the actions the routes record", () => {
    // A set: one action may be recorded by two routes (your own and an admin's sign-out everywhere).
    expect([...new Set(recordedActions())].sort()).toEqual([...auditActions].sort());
  });

  it("every known action reads as words; an unknown one shows as recorded", () => {
    expect(auditActionLabel("charge.refund")).toBe("Refund charge");
    expect(auditActionLabel("subscription.set_next_charge_date")).toBe("Change next charge date");
    for (const action of auditActions) expect(auditActionLabel(action)).not.toContain(".");
    expect(auditActionLabel("charge.teleport")).toBe("charge.teleport");
  });
});

describe("audit targets", () => {
  it("links numeric ids of records that have a page", () => {
    expect(auditTargetHref("charge", "42")).toBe("/charges/42");
    expect(auditTargetHref("subscription", "7")).toBe("/subscriptions/7");
    expect(auditTargetHref("customer", "9")).toBe("/customers/9");
    expect(auditTargetHref("discount", "3")).toBe("/discounts/3");
  });

  it("links batches, and leaves new records and missing ids unlinked", () => {
    expect(auditTargetHref("discount", "new")).toBeNull();
    expect(auditTargetHref("batch", "new")).toBeNull();
    expect(auditTargetHref("batch", "12")).toBe("/batches/12");
    expect(auditTargetHref("charge", null)).toBeNull();
    // An address has no page, and its audit row does not name the customer whose page shows it.
    expect(auditTargetHref("address", "105226273")).toBeNull();
    expect(auditTargetLabel("address", "105226273")).toBe("Address #105226273");
  });

  it("names the target", () => {
    expect(auditTargetLabel("charge", "42")).toBe("Charge #42");
    expect(auditTargetLabel("discount", "new")).toBe("Discount (new)");
    expect(auditTargetLabel("charge", null)).toBe("Charge");
  });
});

describe("audit outcomes", () => {
  it("reads as text, with the tone the brief asks for", () => {
    expect(
      (["succeeded", "failed", "refused", "unknown", "replayed"] as const).map((outcome) => [
        auditOutcomeLabel(outcome),
        auditOutcomeTone(outcome),
      ]),
    ).toEqual([
      ["succeeded", "success"],
      ["failed", "danger"],
      ["refused", "warning"],
      ["outcome unknown", "warning"],
      ["replayed", "info"],
    ]);
  });
});

describe("describeAuditFilters", () => {
  const none = {
    operator: null,
    action: null,
    target_type: null,
    target_id: null,
    created_at_min: null,
    created_at_max: null,
  };

  it("names each active filter in words", () => {
    expect(
      describeAuditFilters({
        ...none,
        operator: "agent@example.com",
        action: "charge.skip",
        target_type: "charge",
        target_id: "42",
        created_at_min: "2026-01-01",
        created_at_max: "2026-01-31",
      }),
    ).toBe(
      "operator “agent@example.com”, action “Skip charge”, target “Charge #42”, created 2026-01-01 to 2026-01-31 (UTC)",
    );
  });

  it("covers half-filled target and date filters", () => {
    expect(describeAuditFilters({ ...none, target_type: "discount" })).toBe("target type “Discount”");
    expect(describeAuditFilters({ ...none, target_id: "new" })).toBe("target id “new”");
    expect(describeAuditFilters({ ...none, created_at_max: "2026-02-01" })).toBe(
      "created on or before 2026-02-01 (UTC)",
    );
  });
});
