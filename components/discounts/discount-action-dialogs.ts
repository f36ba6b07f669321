import type { ActionDialogs } from "@/components/actions/action-dialog-types";
import { DeleteDiscountDialog } from "./delete-discount-dialog";
import { SetDiscountStatusDialog } from "./set-discount-status-dialog";

/**
 * Each discount action's dialog, by catalog id: loaded when one opens (discount-actions.tsx). New and
 * Edit are pages of their own (catalog `page`), not dialogs.
 */
export const discountActionDialogs: ActionDialogs<"discount"> = {
  "discount.disable": SetDiscountStatusDialog,
  "discount.enable": SetDiscountStatusDialog,
  "discount.delete": DeleteDiscountDialog,
};
