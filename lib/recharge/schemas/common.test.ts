import "server-only";
import { describe, expect, it } from "vitest";
import { moneySchema, openEnumSchema, readListSchema, readMoneySchema, rechargeIdSchema } from "./common";

describe("money Recharge sends", () => {
  it("reads a decimal string as it is, and a number as its decimal string", () => {
    expect(readMoneySchema.parse("29.20")).toBe("29.20");
    expect(readMoneySchema.parse(10)).toBe("10");
    expect(readMoneySchema.parse(7.5)).toBe("7.5");
    expect(readMoneySchema.parse(-5)).toBe("-5");
  });

  it("refuses what is no amount, so the record is left out rather than shown wrong", () => {
    for (const value of ["12,50", "N/A", "", 1e21, Number.NaN, Number.POSITIVE_INFINITY, true, null])
      expect(readMoneySchema.safeParse(value).success, String(value)).toBe(false);
  });

  it("money we send stays a decimal string only", () => {
    expect(moneySchema.safeParse(10).success).toBe(false);
    expect(moneySchema.safeParse("10.00").success).toBe(true);
  });
});

describe("open enums", () => {
  it("keep a value the dashboard does not know, as sent", () => {
    const status = openEnumSchema<"active" | "cancelled">();
    expect(status.parse("paused")).toBe("paused");
    expect(status.parse("active")).toBe("active");
    expect(status.safeParse(3).success).toBe(false);
  });
});

describe("documented lists", () => {
  it("read missing or null as empty", () => {
    const ids = readListSchema(rechargeIdSchema);
    expect(ids.parse(null)).toEqual([]);
    expect(ids.parse(undefined)).toEqual([]);
    expect(ids.parse([1, 2])).toEqual([1, 2]);
  });
});
