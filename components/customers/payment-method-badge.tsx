import { MISSING_VALUE } from "@/components/data-table/format";
import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";
import type { Customer } from "@/lib/recharge/schemas/customer";

export type PaymentMethodHealth = "valid" | "dunning" | "missing";

type PaymentFlags = Pick<Customer, "has_valid_payment_method" | "has_payment_method_in_dunning">;

/**
 * No valid method is the worst case (nothing can be charged); dunning means retries are under way.
 * Null when Recharge did not say whether the method is valid: "—", never a guess either way.
 */
export function paymentMethodHealth(customer: PaymentFlags): PaymentMethodHealth | null {
  if (customer.has_valid_payment_method === false) return "missing";
  if (customer.has_payment_method_in_dunning === true) return "dunning";
  if (customer.has_valid_payment_method === true) return "valid";
  return null;
}

function present(health: PaymentMethodHealth): { tone: StatusTone; label: string } {
  switch (health) {
    case "valid":
      return { tone: "success", label: "Valid" };
    case "dunning":
      return { tone: "warning", label: "In dunning" };
    case "missing":
      return { tone: "danger", label: "No valid method" };
  }
}

/** A customer's payment method health in words (colour only helps). */
export function PaymentMethodBadge({ health }: { health: PaymentMethodHealth | null }) {
  return health ? <StatusBadge {...present(health)} /> : MISSING_VALUE;
}
