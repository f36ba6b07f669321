import { StatusBadge } from "@/components/data-table/status-badge";
import type { ChargeStatusValue } from "@/lib/schemas/recharge-enums";

type Tone = Parameters<typeof StatusBadge>[0]["tone"];

/** How each charge status reads at a glance; the label is always shown, colour only helps. */
export function chargeStatusTone(status: ChargeStatusValue): Tone {
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

export const chargeStatusLabel = (status: ChargeStatusValue) => status.replaceAll("_", " ");

export function ChargeStatusBadge({ status }: { status: ChargeStatusValue }) {
  return <StatusBadge tone={chargeStatusTone(status)} label={chargeStatusLabel(status)} />;
}
