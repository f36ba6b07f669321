import "server-only";
import { z } from "zod";
import {
  subscriptionStatuses,
  type KnownIntervalUnit,
  type KnownSubscriptionStatus,
} from "@/lib/schemas/recharge-enums";
import {
  externalIdSchema,
  nameValueSchema,
  openEnumSchema,
  readCountSchema,
  readFlagSchema,
  readListSchema,
  readMoneySchema,
  readTextSchema,
  readTimeSchema,
  rechargeIdSchema,
} from "./common";
import { addressSchema } from "./address";
import { customerSchema } from "./customer";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/** What we may filter by (strict: Recharge refuses a status it does not know). */
export const subscriptionStatusSchema = z.enum(subscriptionStatuses);

/**
 * A Recharge subscription (2021-11), read tolerantly. Required: its id, the customer and address it
 * belongs to (the page links to both) and a `status` string (actions are offered only for statuses
 * the dashboard knows; `paused` or `onetime` are shown as sent). Recharge's own client types the
 * interval fields as nullable and knows legacy units (`Months`), so those are open too.
 */
export const subscriptionSchema = z.looseObject({
  id: rechargeIdSchema,
  address_id: rechargeIdSchema,
  customer_id: rechargeIdSchema,
  cancellation_reason: readTextSchema,
  cancellation_reason_comments: readTextSchema,
  cancelled_at: readTimeSchema,
  charge_interval_frequency: z.number().int().positive().nullish(),
  created_at: readTimeSchema,
  external_product_id: externalIdSchema.nullish(),
  external_variant_id: externalIdSchema.nullish(),
  has_queued_charges: readFlagSchema,
  is_prepaid: readFlagSchema,
  is_skippable: readFlagSchema,
  max_retries_reached: readFlagSchema,
  next_charge_scheduled_at: readTimeSchema,
  order_interval_frequency: z.number().int().positive().nullish(),
  order_interval_unit: openEnumSchema<KnownIntervalUnit>().nullish(),
  presentment_currency: readTextSchema,
  price: readMoneySchema.nullish(),
  product_title: readTextSchema,
  properties: readListSchema(nameValueSchema),
  quantity: readCountSchema,
  sku: readTextSchema,
  status: openEnumSchema<KnownSubscriptionStatus>(),
  updated_at: readTimeSchema,
  variant_title: readTextSchema,
  /**
   * The related records asked for with `include=customer,address` (Recharge's "Extending
   * responses"). Extra: an unreadable one is dropped and the page falls back to the ids.
   */
  include: z
    .looseObject({
      address: addressSchema.optional().catch(undefined),
      customer: customerSchema.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionEnvelopeSchema = singleEnvelopeSchema("subscription", subscriptionSchema);
export const subscriptionListEnvelopeSchema = listEnvelopeSchema("subscriptions", subscriptionSchema);
