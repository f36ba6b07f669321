import "server-only";
import { z } from "zod";
import { moneySchema, rechargeIdSchema } from "./common";

/** Body of skip and unskip: the purchase items to take out of (or put back into) the charge. */
export const chargeSkipBodySchema = z.strictObject({
  purchase_item_ids: z.array(rechargeIdSchema).min(1),
});
export type ChargeSkipBody = z.infer<typeof chargeSkipBodySchema>;

const positiveAmountSchema = moneySchema.refine((value) => Number(value) > 0, "must be greater than 0");

/**
 * Body of refund: a partial `amount` (decimal string) or `full_refund: true`, never both.
 * Whether the amount fits the refundable balance is Recharge's call (422 otherwise).
 */
export const chargeRefundBodySchema = z.union([
  z.strictObject({ amount: positiveAmountSchema, retry: z.boolean().optional() }),
  z.strictObject({ full_refund: z.literal(true), retry: z.boolean().optional() }),
]);
export type ChargeRefundBody = z.infer<typeof chargeRefundBodySchema>;
