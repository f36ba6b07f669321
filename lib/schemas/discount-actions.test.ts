import { describe, expect, it } from "vitest";
import {
  createDiscountInputSchema,
  deleteDiscountInputSchema,
  disableDiscountInputSchema,
  enableDiscountInputSchema,
  updateDiscountInputSchema,
  withoutReason,
} from "./discount-actions";

describe("discount action bodies", () => {
  it("disable, enable and delete take only an optional reason: any field of their own is refused", () => {
    for (const schema of [disableDiscountInputSchema, enableDiscountInputSchema, deleteDiscountInputSchema]) {
      expect(schema.safeParse({}).success).toBe(true);
      expect(schema.parse({ reason: "  campaign is over " })).toEqual({ reason: "campaign is over" });
      expect(schema.parse({ reason: "" })).toEqual({ reason: undefined });
      // The route decides the status: a body cannot ask disable for "enabled".
      expect(schema.safeParse({ status: "enabled" }).success).toBe(false);
      expect(schema.safeParse({ nope: 1 }).success).toBe(false);
      expect(schema.safeParse({ reason: 42 }).success).toBe(false);
    }
  });

  it("create and update pass Recharge's fields through to the client's strict check, reason apart", () => {
    const body = { code: "SPRING10", value: "10", value_type: "percentage", reason: "spring campaign" };
    expect(createDiscountInputSchema.parse(body)).toEqual(body);
    expect(withoutReason(updateDiscountInputSchema.parse({ value: "15", reason: "match" }))).toEqual({
      value: "15",
    });
    expect(updateDiscountInputSchema.safeParse({ reason: 42 }).success).toBe(false);
  });
});
