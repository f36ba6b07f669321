// Whether a discount may be applied to an address: "At application, we check that the rules defined
// … are being respected by the checkout or charge this discount is supposed to be applied to"
// (discounts-in-depth.txt:392). The rules are the discount's own settings (discounts-in-depth.txt:13-28):
// status, date range, channel (the dashboard applies through the API), applies_to.purchase_item_type,
// usage limits, and the "minimum price" (api-reference-2021-11.txt:410). How each is read, and the
// wording of the reasons, are the sandbox's choice (README, "Sources").
import type { Discount } from "../store/admin-types";
import type { Store } from "../store/store";
import type { Address } from "../store/types";
import { queuedChargesAt } from "./charge-regeneration";
import { toCents } from "./money";

const PAID = new Set(["success", "refunded", "partially_refunded"]);

/** Paid charges that carried the discount: its redemptions. */
function redemptionsOf(store: Store, discount: Discount) {
  return store.charges
    .lookup("discount_code", discount.code.toLowerCase())
    .filter((charge) => PAID.has(charge.status) && charge.discounts.some((d) => d.id === discount.id));
}

function usedByCustomer(store: Store, discount: Discount, address: Address): boolean {
  const onOtherAddress = store.addresses
    .lookup("customer_id", address.customer_id)
    .some((other) => other !== address && other.discounts.some((d) => d.id === discount.id));
  return (
    onOtherAddress ||
    redemptionsOf(store, discount).some((charge) => charge.customer.id === address.customer_id)
  );
}

/** The reason the discount cannot be applied to the address, or null when it can. */
export function discountRefusal(store: Store, discount: Discount, address: Address): string | null {
  const code = discount.code;
  const now = store.timestamp();
  if (discount.status !== "enabled") return `${code} is ${discount.status.replace("_", " ")}`;
  if (discount.starts_at !== null && discount.starts_at > now)
    return `${code} cannot be applied before ${discount.starts_at.slice(0, 10)}`;
  if (discount.ends_at !== null && discount.ends_at <= now)
    return `${code} expired on ${discount.ends_at.slice(0, 10)}`;
  if (!discount.channel_settings.api.can_apply) return `${code} cannot be applied through the API`;
  if (discount.applies_to.purchase_item_type === "ONETIME")
    return `${code} applies to one-time purchases only, and this address's charges are subscriptions`;
  const limits = discount.usage_limits;
  const customer = store.customers.get(address.customer_id);
  if (limits.first_time_customer_restriction && customer?.first_charge_processed_at)
    return `${code} is for first-time customers only, and this customer has paid before`;
  if (limits.one_application_per_customer && usedByCustomer(store, discount, address))
    return `${code} can be used once per customer, and this customer has used it`;
  if (limits.redemptions !== null && redemptionsOf(store, discount).length >= limits.redemptions)
    return `${code} has reached its usage limit`;
  const minimum = discount.prerequisite_subtotal_min;
  const next = queuedChargesAt(store, address.id).sort((a, b) =>
    a.scheduled_at < b.scheduled_at ? -1 : 1,
  )[0];
  if (minimum !== null && next && toCents(next.total_line_items_price) < toCents(minimum))
    return `${code} needs a subtotal of at least ${minimum}; the next charge's is ${next.total_line_items_price}`;
  return null;
}
