import type { ActionDialogs } from "@/components/actions/action-dialog-types";
import { ApplyAddressDiscountDialog } from "./apply-address-discount-dialog";
import { EditAddressDialog } from "./edit-address-dialog";
import { RemoveAddressDiscountDialog } from "./remove-address-discount-dialog";

/** Each address action's dialog, by catalog id: loaded when one opens (address-actions.tsx). */
export const addressActionDialogs: ActionDialogs<"address"> = {
  "address.update": EditAddressDialog,
  "address.apply_discount": ApplyAddressDiscountDialog,
  "address.remove_discount": RemoveAddressDiscountDialog,
};
