import "server-only";
import { z } from "zod";
import { moneySchema, nameValueSchema, rechargeIdSchema, timestampSchema } from "./common";
import { listEnvelopeSchema } from "./list-envelope";

/** A discount applied to an address; the live API may send only the id. */
export const addressDiscountSchema = z.looseObject({
  id: rechargeIdSchema,
  code: z.string().nullish(),
  value: moneySchema.nullish(),
  value_type: z.string().nullish(),
});

/** A Recharge address: where subscriptions ship and charges are grouped. */
export const addressSchema = z.looseObject({
  id: rechargeIdSchema,
  customer_id: rechargeIdSchema,
  payment_method_id: rechargeIdSchema.nullable(),
  address1: z.string().nullable(),
  address2: z.string().nullable(),
  city: z.string().nullable(),
  company: z.string().nullable(),
  country_code: z.string().nullable(),
  created_at: timestampSchema,
  discounts: z.array(addressDiscountSchema),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  order_attributes: z.array(nameValueSchema),
  phone: z.string().nullable(),
  presentment_currency: z.string().nullable(),
  province: z.string().nullable(),
  updated_at: timestampSchema,
  zip: z.string().nullable(),
});
export type Address = z.infer<typeof addressSchema>;

export const addressListEnvelopeSchema = listEnvelopeSchema("addresses", addressSchema);
