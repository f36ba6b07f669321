import { isKnownDiscountStatus, type DiscountStatus } from "@/lib/schemas/recharge-enums";

export type DiscountVerb = "edit" | "disable" | "enable" | "delete";
/** The verbs that open a dialog on the discount's page (edit is a page of its own). */
export type DiscountDialogVerb = Exclude<DiscountVerb, "edit">;

export const discountVerbLabels: Readonly<Record<DiscountVerb, string>> = {
  edit: "Edit",
  disable: "Disable",
  enable: "Enable",
  delete: "Delete",
};

/**
 * What an admin may do to a discount in each status. `fully_disabled` is Recharge's terminal state
 * (it cannot be enabled again, discount-status-badge.tsx): only deleting is left. A status the
 * dashboard does not know gets no actions, like every record in an unknown status.
 */
export function discountActionsFor(status: DiscountStatus): DiscountVerb[] {
  if (!isKnownDiscountStatus(status)) return [];
  switch (status) {
    case "enabled":
      return ["edit", "disable", "delete"];
    case "disabled":
      return ["edit", "enable", "delete"];
    case "fully_disabled":
      return ["delete"];
  }
}
