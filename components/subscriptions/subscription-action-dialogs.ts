import type { ActionDialogs } from "@/components/actions/action-dialog-types";
import { ActivateSubscriptionDialog } from "./activate-subscription-dialog";
import { CancelSubscriptionDialog } from "./cancel-subscription-dialog";
import { SetNextChargeDateDialog } from "./set-next-charge-date-dialog";
import { UpdateSubscriptionDialog } from "./update-subscription-dialog";

/** Each subscription action's dialog, by catalog id: loaded when one opens (subscription-actions.tsx). */
export const subscriptionActionDialogs: ActionDialogs<"subscription"> = {
  "subscription.set_next_charge_date": SetNextChargeDateDialog,
  "subscription.update": UpdateSubscriptionDialog,
  "subscription.cancel": CancelSubscriptionDialog,
  "subscription.activate": ActivateSubscriptionDialog,
};
