import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";
import { isKnownDiscountStatus, type DiscountStatus } from "@/lib/schemas/recharge-enums";

/** How each discount status reads at a glance; the label is always shown, colour only helps. */
export function discountStatusTone(status: DiscountStatus): StatusTone {
  // A status the dashboard does not know is neutral: it says nothing it cannot back.
  if (!isKnownDiscountStatus(status)) return "neutral";
  switch (status) {
    case "enabled":
      return "success";
    case "disabled":
      return "neutral";
    // Recharge's terminal state: it cannot be enabled again.
    case "fully_disabled":
      return "muted";
  }
}

/** "fully disabled"; a status the dashboard does not know exactly as Recharge sent it. */
export const discountStatusLabel = (status: DiscountStatus) =>
  isKnownDiscountStatus(status) ? status.replaceAll("_", " ") : status;

export function DiscountStatusBadge({ status }: { status: DiscountStatus }) {
  return <StatusBadge tone={discountStatusTone(status)} label={discountStatusLabel(status)} />;
}
