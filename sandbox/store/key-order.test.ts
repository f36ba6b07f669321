import { describe, expect, it } from "vitest";
import { compareRechargeKeys, isRelationKey, rechargeKeyOrder } from "./key-order";

describe("Recharge key order (release-notes-2021-11.txt, Ordering of attributes)", () => {
  it("puts id first, then the relation keys, then the rest alphabetically", () => {
    expect(rechargeKeyOrder(["status", "customer_id", "analytics_data", "id", "address_id"])).toEqual([
      "id",
      "address_id",
      "customer_id",
      "analytics_data",
      "status",
    ]);
  });

  it("reads underscores as spaces", () => {
    expect(rechargeKeyOrder(["taxable", "tax_lines", "taxes_included", "taxable_amount"])).toEqual([
      "tax_lines",
      "taxable",
      "taxable_amount",
      "taxes_included",
    ]);
    // A space sorts before a digit where an underscore would sort after it.
    expect(compareRechargeKeys("address_line", "address1")).toBeLessThan(0);
  });

  it("counts external platform ids as ordinary attributes, not relations", () => {
    expect(isRelationKey("external_order_id")).toBe(false);
    expect(isRelationKey("purchase_item_id")).toBe(true);
    expect(isRelationKey("id")).toBe(false);
  });
});
