import "server-only";
import { z } from "zod";
import type { KnownDiscountValueType } from "@/lib/schemas/recharge-enums";
import {
  nameValueSchema,
  openEnumSchema,
  readListSchema,
  readMoneySchema,
  readTextSchema,
  readTimeSchema,
  rechargeIdSchema,
} from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/**
 * A discount applied to an address or a charge. The live API may send only the id; Recharge's own
 * client types `value` as a number here (storefront-client Discount), 2021-11 as a string.
 */
export const discountRefSchema = z.looseObject({
  id: rechargeIdSchema.nullish(),
  code: readTextSchema,
  value: readMoneySchema.nullish(),
  value_type: openEnumSchema<KnownDiscountValueType>().nullish(),
});
export type DiscountRef = z.infer<typeof discountRefSchema>;

/** A Recharge address: where subscriptions ship and charges are grouped. Only `id` is required. */
export const addressSchema = z.looseObject({
  id: rechargeIdSchema,
  customer_id: rechargeIdSchema.nullish(),
  payment_method_id: rechargeIdSchema.nullish(),
  address1: readTextSchema,
  address2: readTextSchema,
  city: readTextSchema,
  company: readTextSchema,
  country_code: readTextSchema,
  created_at: readTimeSchema,
  discounts: readListSchema(discountRefSchema),
  first_name: readTextSchema,
  last_name: readTextSchema,
  order_attributes: readListSchema(nameValueSchema),
  phone: readTextSchema,
  presentment_currency: readTextSchema,
  province: readTextSchema,
  updated_at: readTimeSchema,
  zip: readTextSchema,
});
export type Address = z.infer<typeof addressSchema>;

export const addressListEnvelopeSchema = listEnvelopeSchema("addresses", addressSchema);
export const addressEnvelopeSchema = singleEnvelopeSchema("address", addressSchema);
