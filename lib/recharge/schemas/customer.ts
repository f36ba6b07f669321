import "server-only";
import { z } from "zod";
import { externalIdSchema, rechargeIdSchema, timestampSchema } from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/** A Recharge customer (2021-11). Checked fields are the dashboard's; the rest passes through. */
export const customerSchema = z.looseObject({
  id: rechargeIdSchema,
  analytics_data: z.looseObject({}).nullish(),
  created_at: timestampSchema,
  email: z.string(),
  external_customer_id: externalIdSchema.nullable(),
  first_charge_processed_at: timestampSchema.nullable(),
  first_name: z.string().nullable(),
  has_payment_method_in_dunning: z.boolean(),
  has_valid_payment_method: z.boolean(),
  hash: z.string(),
  last_name: z.string().nullable(),
  phone: z.string().nullable(),
  subscriptions_active_count: z.number().int().nonnegative(),
  subscriptions_total_count: z.number().int().nonnegative(),
  tax_exempt: z.boolean(),
  updated_at: timestampSchema,
});
export type Customer = z.infer<typeof customerSchema>;

export const customerEnvelopeSchema = singleEnvelopeSchema("customer", customerSchema);
export const customerListEnvelopeSchema = listEnvelopeSchema("customers", customerSchema);
