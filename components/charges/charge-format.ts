// Display text for charges, shared by the charges list, the customer's and subscription's charge
// tables and the charge page. Every documented field may be missing: each reads as "—" then.
import { MISSING_VALUE } from "@/components/data-table/format";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { LineItem } from "@/lib/recharge/schemas/line-item";
import { isKnownChargeType, type ChargeType } from "@/lib/schemas/recharge-enums";

/** "2 × Espresso Pods"; the item's id when Recharge gives no title. */
export function lineItemName(item: LineItem): string {
  const title = item.title?.trim() || `Item #${item.purchase_item_id}`;
  return item.quantity !== null && item.quantity !== undefined && item.quantity > 1
    ? `${item.quantity} × ${title}`
    : title;
}

/** "2 × Espresso Pods +1 more", or "—" for a charge without items. */
export function chargeItemsSummary(charge: Charge): string {
  const [first, ...rest] = charge.line_items;
  if (!first) return MISSING_VALUE;
  const name = lineItemName(first);
  return rest.length ? `${name} +${rest.length} more` : name;
}

/** "Checkout charge", "Recurring charge"; a type the dashboard does not know as sent. */
export function chargeTypeLabel(type: ChargeType | null | undefined): string {
  if (type === null || type === undefined) return "Charge";
  if (!isKnownChargeType(type)) return `Charge of type “${type}”`;
  switch (type) {
    case "checkout":
      return "Checkout charge";
    case "recurring":
      return "Recurring charge";
  }
}
