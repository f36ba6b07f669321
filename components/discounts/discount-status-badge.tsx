import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";
import type { DiscountStatusValue } from "@/lib/schemas/recharge-enums";

/** How each discount status reads at a glance; the label is always shown, colour only helps. */
export function discountStatusTone(status: DiscountStatusValue): StatusTone {
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

export const discountStatusLabel = (status: DiscountStatusValue) => status.replaceAll("_", " ");

export function DiscountStatusBadge({ status }: { status: DiscountStatusValue }) {
  return <StatusBadge tone={discountStatusTone(status)} label={discountStatusLabel(status)} />;
}
