import "server-only";
import { z } from "zod";
import {
  externalIdSchema,
  readCountSchema,
  readFlagSchema,
  readTextSchema,
  readTimeSchema,
  rechargeIdSchema,
} from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/**
 * A Recharge customer (2021-11), read tolerantly: only `id` is required. Customers created before
 * 2021-11 come without `phone` or `tax_exempt` (issue #14); every documented field may be missing or
 * null and is shown as "—". Unlisted fields pass through.
 */
export const customerSchema = z.looseObject({
  id: rechargeIdSchema,
  created_at: readTimeSchema,
  email: readTextSchema,
  external_customer_id: externalIdSchema.nullish(),
  first_charge_processed_at: readTimeSchema,
  first_name: readTextSchema,
  has_payment_method_in_dunning: readFlagSchema,
  has_valid_payment_method: readFlagSchema,
  hash: readTextSchema,
  last_name: readTextSchema,
  phone: readTextSchema,
  subscriptions_active_count: readCountSchema,
  subscriptions_total_count: readCountSchema,
  tax_exempt: readFlagSchema,
  updated_at: readTimeSchema,
});
export type Customer = z.infer<typeof customerSchema>;

export const customerEnvelopeSchema = singleEnvelopeSchema("customer", customerSchema);
export const customerListEnvelopeSchema = listEnvelopeSchema("customers", customerSchema);
