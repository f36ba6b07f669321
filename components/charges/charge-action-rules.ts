import type { Permission } from "@/lib/auth/permissions";
import { isKnownChargeStatus, type ChargeStatus, type KnownChargeStatus } from "@/lib/schemas/recharge-enums";
import { chargeStatusLabel } from "./charge-status-badge";
import type { ChargeVerb } from "./use-charge-action";

export interface ChargeActionRule {
  verb: ChargeVerb;
  label: string;
  permission: Permission;
  /** The statuses the action applies to (Recharge refuses it for any other). */
  from: readonly KnownChargeStatus[];
}

export const chargeActionRules: readonly ChargeActionRule[] = [
  { verb: "skip", label: "Skip", permission: "charges:skip", from: ["queued"] },
  { verb: "unskip", label: "Unskip", permission: "charges:unskip", from: ["skipped"] },
  { verb: "process", label: "Process now", permission: "charges:process", from: ["queued", "error"] },
  { verb: "refund", label: "Refund", permission: "charges:refund", from: ["success", "partially_refunded"] },
];

export function chargeActionRule(verb: ChargeVerb): ChargeActionRule {
  return chargeActionRules.find((rule) => rule.verb === verb)!;
}

/**
 * The rules that apply to a charge in this status. None for a status the dashboard does not know:
 * what Recharge allows from it is unknown, and guessing could refund or process the wrong charge.
 */
export function chargeActionsFor(status: ChargeStatus): readonly ChargeActionRule[] {
  if (!isKnownChargeStatus(status)) return [];
  return chargeActionRules.filter((rule) => rule.from.includes(status));
}

/** Why the action cannot be taken on a charge in this status, or null when it can. */
export function chargeActionUnavailable(verb: ChargeVerb, status: ChargeStatus): string | null {
  const rule = chargeActionRule(verb);
  if (chargeActionsFor(status).includes(rule)) return null;
  return isKnownChargeStatus(status)
    ? `${rule.label} is not possible for a ${chargeStatusLabel(status)} charge. Close this dialog.`
    : `${rule.label} is not offered for a charge in status “${status}”, which this dashboard does not know. Close this dialog.`;
}

/** What the Actions area says when none is left for this operator. */
export function noChargeActionsMessage(status: ChargeStatus): string {
  return isKnownChargeStatus(status)
    ? `No actions for a ${chargeStatusLabel(status)} charge with your role.`
    : `No actions: this dashboard does not know the status “${status}”, so it offers none. Recharge's merchant portal shows what can be done.`;
}
