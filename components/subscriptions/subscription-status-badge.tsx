import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";
import type { SubscriptionStatusValue } from "@/lib/schemas/recharge-enums";

/** How each subscription status reads at a glance; the label is always shown, colour only helps. */
export function subscriptionStatusTone(status: SubscriptionStatusValue): StatusTone {
  switch (status) {
    case "active":
      return "success";
    case "cancelled":
      return "neutral";
    case "expired":
      return "muted";
  }
}

export const subscriptionStatusLabel = (status: SubscriptionStatusValue) => status;

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatusValue }) {
  return <StatusBadge tone={subscriptionStatusTone(status)} label={subscriptionStatusLabel(status)} />;
}
