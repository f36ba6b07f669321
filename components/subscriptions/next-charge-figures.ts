// What a new quantity does to the subscription's next queued charge, before it is sent: its line
// (quantity × unit price) and the charge's items subtotal, before → after. Exact decimal strings
// through integer cents (lib/money), never floats. Only the items: Recharge recalculates discounts,
// shipping and taxes itself, and the dialog says so rather than guessing them.
import { fromCents, toCents } from "@/lib/money/cents";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { Subscription } from "@/lib/recharge/schemas/subscription";

export interface LineFigures {
  quantityBefore: number | null;
  quantityAfter: number;
  unitPrice: string;
  totalBefore: string;
  totalAfter: string;
}

export interface NextChargeFigures {
  chargeId: number;
  scheduledAt: string | null;
  currency: string | null;
  /** This subscription's line; null when the charge does not show it readably. */
  line: LineFigures | null;
  /** `total_line_items_price` before → after; null when Recharge's figure cannot be read exactly. */
  subtotalBefore: string | null;
  subtotalAfter: string | null;
  /** Items of the same address's other subscriptions on this charge, which do not change. */
  otherLines: number;
}

/** Cents of an amount with at most two decimals; null otherwise (toCents would drop a third one). */
function exactCents(amount: string | null | undefined): number | null {
  return /^-?\d+(\.\d{1,2})?$/.test(amount?.trim() ?? "") ? toCents(amount) : null;
}

/** The next charge's figures with `quantity` in place of the subscription's current one. */
export function nextChargeFigures(
  charge: Charge,
  subscription: Subscription,
  quantity: number,
): NextChargeFigures {
  const ownLine = charge.line_items.find((item) => item.purchase_item_id === subscription.id);
  const unitPrice = ownLine?.unit_price ?? subscription.price ?? null;
  const unitCents = exactCents(unitPrice);
  const quantityBefore = ownLine?.quantity ?? null;
  const beforeCents =
    exactCents(ownLine?.total_price) ??
    (unitCents !== null && quantityBefore !== null ? unitCents * quantityBefore : null);
  const afterCents = unitCents === null ? null : unitCents * quantity;
  const line =
    ownLine && unitPrice && beforeCents !== null && afterCents !== null
      ? {
          quantityBefore,
          quantityAfter: quantity,
          unitPrice,
          totalBefore: fromCents(beforeCents),
          totalAfter: fromCents(afterCents),
        }
      : null;
  const subtotalCents = exactCents(charge.total_line_items_price);
  return {
    chargeId: charge.id,
    scheduledAt: charge.scheduled_at ?? null,
    currency: charge.currency ?? subscription.presentment_currency ?? null,
    line,
    subtotalBefore: subtotalCents === null ? null : fromCents(subtotalCents),
    subtotalAfter:
      subtotalCents === null || beforeCents === null || afterCents === null
        ? null
        : fromCents(subtotalCents - beforeCents + afterCents),
    otherLines: charge.line_items.filter((item) => item.purchase_item_id !== subscription.id).length,
  };
}
