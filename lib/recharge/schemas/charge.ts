import "server-only";
import { z } from "zod";
import {
  dateOrTimestampSchema,
  externalIdSchema,
  moneySchema,
  opaqueObjectSchema,
  rechargeIdSchema,
  timestampSchema,
} from "./common";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";
import { lineItemSchema } from "./line-item";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

export const chargeStatusSchema = z.enum(chargeStatuses);
export type ChargeStatus = z.infer<typeof chargeStatusSchema>;

export const chargeTypeSchema = z.enum(["checkout", "recurring"]);
export type ChargeType = z.infer<typeof chargeTypeSchema>;

/** Charges embed their customer; there is no top-level `customer_id`. */
export const chargeCustomerSchema = z.looseObject({
  id: rechargeIdSchema,
  email: z.string().nullable(),
  external_customer_id: externalIdSchema.nullable(),
  hash: z.string().nullable(),
});

/** A Recharge charge (2021-11): one scheduled or processed payment of an address's items. */
export const chargeSchema = z.looseObject({
  id: rechargeIdSchema,
  address_id: rechargeIdSchema,
  billing_address: opaqueObjectSchema.nullable(),
  created_at: timestampSchema,
  currency: z.string(),
  customer: chargeCustomerSchema,
  discounts: z.array(opaqueObjectSchema),
  error: z.string().nullable(),
  error_type: z.string().nullable(),
  external_order_id: externalIdSchema.nullable(),
  line_items: z.array(lineItemSchema),
  merged_at: timestampSchema.nullable(),
  note: z.string().nullable(),
  orders_count: z.number().int().nonnegative(),
  processed_at: timestampSchema.nullable(),
  retry_date: dateOrTimestampSchema.nullable(),
  scheduled_at: dateOrTimestampSchema.nullable(),
  shipping_address: opaqueObjectSchema.nullable(),
  shipping_lines: z.array(opaqueObjectSchema),
  status: chargeStatusSchema,
  subtotal_price: moneySchema,
  tags: z.string().nullable(),
  // Shape varies across versions (array of objects, sometimes a string); shown, never computed on.
  tax_lines: z.unknown(),
  taxes_included: z.boolean(),
  total_discounts: moneySchema,
  total_line_items_price: moneySchema,
  total_price: moneySchema,
  total_refunds: moneySchema.nullable(),
  total_tax: moneySchema,
  type: chargeTypeSchema.nullable(),
  updated_at: timestampSchema,
});
export type Charge = z.infer<typeof chargeSchema>;

export const chargeEnvelopeSchema = singleEnvelopeSchema("charge", chargeSchema);
export const chargeListEnvelopeSchema = listEnvelopeSchema("charges", chargeSchema);
