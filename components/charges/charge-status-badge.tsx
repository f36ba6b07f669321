import { StatusBadge, type StatusTone } from "@/components/data-table/status-badge";
import { isKnownChargeStatus, type ChargeStatus } from "@/lib/schemas/recharge-enums";

/**
 * How each charge status reads at a glance; the label is always shown, colour only helps. A status
 * the dashboard does not know is neutral: it says nothing it cannot back.
 */
export function chargeStatusTone(status: ChargeStatus): StatusTone {
  if (!isKnownChargeStatus(status)) return "neutral";
  switch (status) {
    case "queued":
      return "info";
    case "success":
      return "success";
    case "error":
      return "danger";
    case "skipped":
      return "muted";
    case "refunded":
    case "partially_refunded":
      return "warning";
    case "pending":
    case "pending_manual_payment":
      return "neutral";
  }
}

/** "partially refunded"; a status the dashboard does not know exactly as Recharge sent it. */
export const chargeStatusLabel = (status: ChargeStatus) =>
  isKnownChargeStatus(status) ? status.replaceAll("_", " ") : status;

export function ChargeStatusBadge({ status }: { status: ChargeStatus }) {
  return <StatusBadge tone={chargeStatusTone(status)} label={chargeStatusLabel(status)} />;
}
