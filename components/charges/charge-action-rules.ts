import type { Permission } from "@/lib/auth/permissions";
import type { ChargeStatusValue } from "@/lib/schemas/recharge-enums";
import type { ChargeVerb } from "./use-charge-action";

export interface ChargeActionRule {
  verb: ChargeVerb;
  label: string;
  permission: Permission;
  /** The statuses the action applies to (Recharge refuses it for any other). */
  from: readonly ChargeStatusValue[];
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

/** Why the action cannot be taken on a charge in this status, or null when it can. */
export function chargeActionUnavailable(verb: ChargeVerb, status: ChargeStatusValue): string | null {
  const rule = chargeActionRule(verb);
  return rule.from.includes(status)
    ? null
    : `${rule.label} is not possible for a ${status.replaceAll("_", " ")} charge. Close this dialog.`;
}
