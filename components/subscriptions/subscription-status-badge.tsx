import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";
import { isKnownSubscriptionStatus, type SubscriptionStatus } from "@/lib/schemas/recharge-enums";

/** How each subscription status reads at a glance; the label is always shown, colour only helps. */
export function subscriptionStatusTone(status: SubscriptionStatus): StatusTone {
  // A status the dashboard does not know (`paused`, `onetime`) is neutral: it says nothing it cannot back.
  if (!isKnownSubscriptionStatus(status)) return "neutral";
  switch (status) {
    case "active":
      return "success";
    case "cancelled":
      return "neutral";
    case "expired":
      return "muted";
  }
}

/** Known statuses are single words; any other is shown exactly as Recharge sent it. */
export const subscriptionStatusLabel = (status: SubscriptionStatus) => status;

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  return <StatusBadge tone={subscriptionStatusTone(status)} label={subscriptionStatusLabel(status)} />;
}
