import "server-only";
import { z } from "zod";
import { dateSchema } from "./common";

/** Body of set_next_charge_date. Whether the date is far enough ahead is Recharge's call (422). */
export const setNextChargeDateBodySchema = z.strictObject({ date: dateSchema });
export type SetNextChargeDateBody = z.infer<typeof setNextChargeDateBodySchema>;

/** Body of cancel: Recharge requires a reason. */
export const cancelSubscriptionBodySchema = z.strictObject({
  cancellation_reason: z.string().trim().min(1, "is required").max(255),
  cancellation_reason_comments: z.string().max(1024).optional(),
});
export type CancelSubscriptionBody = z.infer<typeof cancelSubscriptionBodySchema>;
