// Each catalog action's body, keyed by its id: the one schema the route parses with and the dialog
// validates with as the operator types. Kept apart from catalog.ts because it carries zod, which
// pages load only with a dialog (catalog.ts explains why); `satisfies` makes a missing one an error.
import type { z } from "zod";
import {
  applyAddressDiscountInputSchema,
  removeAddressDiscountInputSchema,
  updateAddressInputSchema,
} from "@/lib/schemas/address-actions";
import {
  processChargeInputSchema,
  refundChargeInputSchema,
  skipChargeInputSchema,
  unskipChargeInputSchema,
} from "@/lib/schemas/charge-actions";
import {
  createDiscountInputSchema,
  deleteDiscountInputSchema,
  disableDiscountInputSchema,
  enableDiscountInputSchema,
  updateDiscountInputSchema,
} from "@/lib/schemas/discount-actions";
import {
  activateSubscriptionInputSchema,
  cancelSubscriptionInputSchema,
  setNextChargeDateInputSchema,
  updateSubscriptionInputSchema,
} from "@/lib/schemas/subscription-actions";
import type { ActionId } from "./catalog";

export const actionInputs = {
  "charge.skip": skipChargeInputSchema,
  "charge.unskip": unskipChargeInputSchema,
  "charge.refund": refundChargeInputSchema,
  "charge.process": processChargeInputSchema,
  "subscription.set_next_charge_date": setNextChargeDateInputSchema,
  "subscription.update": updateSubscriptionInputSchema,
  "subscription.cancel": cancelSubscriptionInputSchema,
  "subscription.activate": activateSubscriptionInputSchema,
  "address.update": updateAddressInputSchema,
  "address.apply_discount": applyAddressDiscountInputSchema,
  "address.remove_discount": removeAddressDiscountInputSchema,
  "discount.create": createDiscountInputSchema,
  "discount.update": updateDiscountInputSchema,
  "discount.disable": disableDiscountInputSchema,
  "discount.enable": enableDiscountInputSchema,
  "discount.delete": deleteDiscountInputSchema,
} as const satisfies { readonly [Id in ActionId]: z.ZodType<{ reason?: string | undefined }> };

/** The body as the route reads it (after zod's trims and transforms). */
export type ActionInput<Id extends ActionId> = z.output<(typeof actionInputs)[Id]>;
