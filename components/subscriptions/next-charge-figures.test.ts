import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCents } from "@/lib/money/cents";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { nextChargeFigures } from "./next-charge-figures";

const subscription = { id: 7, price: "19.99", presentment_currency: "USD", quantity: 2 } as Subscription;

const charge = (fields: Partial<Charge> = {}): Charge =>
  ({
    id: 42,
    status: "queued",
    currency: "USD",
    scheduled_at: "2026-12-05T00:00:00",
    total_price: "70.00",
    total_line_items_price: "54.98",
    line_items: [
      { purchase_item_id: 7, quantity: 2, unit_price: "19.99", total_price: "39.98" },
      { purchase_item_id: 8, quantity: 1, unit_price: "15.00", total_price: "15.00" },
    ],
    ...fields,
  }) as Charge;

describe("the next charge with a new quantity", () => {
  it("shows this subscription's line and the items subtotal before and after, to the cent", () => {
    const figures = nextChargeFigures(charge(), subscription, 3);
    expect(figures.line).toEqual({
      quantityBefore: 2,
      quantityAfter: 3,
      unitPrice: "19.99",
      totalBefore: "39.98",
      totalAfter: "59.97",
    });
    expect([figures.subtotalBefore, figures.subtotalAfter]).toEqual(["54.98", "74.97"]);
    expect(figures.otherLines).toBe(1);
    expect(figures.chargeId).toBe(42);
  });

  it("never goes through floats: 0.10 × 3 is 0.30", () => {
    const dime = charge({
      total_line_items_price: "0.10",
      line_items: [{ purchase_item_id: 7, quantity: 1, unit_price: "0.10", total_price: "0.10" }],
    } as Partial<Charge>);
    expect(nextChargeFigures(dime, subscription, 3).subtotalAfter).toBe("0.30");
  });

  it("moves the subtotal by exactly the line's difference, for any price and quantities", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (unitCents, before, after, otherCents) => {
          const unit = (unitCents / 100).toFixed(2);
          const line = { purchase_item_id: 7, quantity: before, unit_price: unit };
          const subtotal = ((unitCents * before + otherCents) / 100).toFixed(2);
          const figures = nextChargeFigures(
            charge({ total_line_items_price: subtotal, line_items: [line] } as Partial<Charge>),
            subscription,
            after,
          );
          expect(toCents(figures.subtotalAfter)).toBe(unitCents * after + otherCents);
        },
      ),
    );
  });

  it("shows no figure it cannot read exactly rather than a guessed one", () => {
    const odd = charge({ total_line_items_price: "54.985" } as Partial<Charge>);
    expect(nextChargeFigures(odd, subscription, 3).subtotalAfter).toBeNull();
    const without = charge({
      line_items: [{ purchase_item_id: 8, quantity: 1, unit_price: "15.00" }],
    } as Partial<Charge>);
    const figures = nextChargeFigures(without, subscription, 3);
    expect(figures.line).toBeNull();
    expect(figures.subtotalAfter).toBeNull();
  });

  it("falls back to the subscription's price when the line has no unit price", () => {
    const bare = charge({
      line_items: [{ purchase_item_id: 7, quantity: 2 }],
      total_line_items_price: "39.98",
    } as Partial<Charge>);
    expect(nextChargeFigures(bare, subscription, 1)).toMatchObject({
      line: { totalBefore: "39.98", totalAfter: "19.99" },
      subtotalAfter: "19.99",
    });
  });
});
