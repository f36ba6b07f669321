import "server-only";
import { z } from "zod";
import { subscriptionStatuses } from "@/lib/schemas/recharge-enums";
import {
  dateSchema,
  externalIdSchema,
  moneySchema,
  nameValueSchema,
  rechargeIdSchema,
  timestampSchema,
} from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

export const subscriptionStatusSchema = z.enum(subscriptionStatuses);
export type SubscriptionStatus = z.infer<typeof subscriptionStatusSchema>;

export const intervalUnitSchema = z.enum(["day", "week", "month"]);
export type IntervalUnit = z.infer<typeof intervalUnitSchema>;

/** A Recharge subscription (2021-11). */
export const subscriptionSchema = z.looseObject({
  id: rechargeIdSchema,
  address_id: rechargeIdSchema,
  customer_id: rechargeIdSchema,
  cancellation_reason: z.string().nullable(),
  cancellation_reason_comments: z.string().nullable(),
  cancelled_at: timestampSchema.nullable(),
  charge_interval_frequency: z.number().int().positive(),
  created_at: timestampSchema,
  external_product_id: externalIdSchema.nullable(),
  external_variant_id: externalIdSchema.nullable(),
  has_queued_charges: z.boolean(),
  is_prepaid: z.boolean(),
  is_skippable: z.boolean(),
  max_retries_reached: z.boolean(),
  next_charge_scheduled_at: dateSchema.nullable(),
  order_interval_frequency: z.number().int().positive(),
  order_interval_unit: intervalUnitSchema,
  presentment_currency: z.string().nullable(),
  price: moneySchema,
  product_title: z.string().nullable(),
  properties: z.array(nameValueSchema),
  quantity: z.number().int().nonnegative(),
  sku: z.string().nullable(),
  status: subscriptionStatusSchema,
  updated_at: timestampSchema,
  variant_title: z.string().nullable(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionEnvelopeSchema = singleEnvelopeSchema("subscription", subscriptionSchema);
export const subscriptionListEnvelopeSchema = listEnvelopeSchema("subscriptions", subscriptionSchema);
