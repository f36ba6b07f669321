import type { ActionDialogs } from "@/components/actions/action-dialog-types";
import { ProcessChargeDialog } from "./process-charge-dialog";
import { RefundChargeDialog } from "./refund-charge-dialog";
import { SkipChargeDialog } from "./skip-charge-dialog";

/** Each charge action's dialog, by catalog id: loaded when one opens (charge-actions.tsx). */
export const chargeActionDialogs: ActionDialogs<"charge"> = {
  "charge.skip": SkipChargeDialog,
  "charge.unskip": SkipChargeDialog,
  "charge.refund": RefundChargeDialog,
  "charge.process": ProcessChargeDialog,
};
