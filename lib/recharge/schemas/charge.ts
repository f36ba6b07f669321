import "server-only";
import { z } from "zod";
import { chargeStatuses, type KnownChargeStatus, type KnownChargeType } from "@/lib/schemas/recharge-enums";
import { discountRefSchema } from "./address";
import {
  externalIdSchema,
  opaqueObjectSchema,
  openEnumSchema,
  readCountSchema,
  readFlagSchema,
  readListSchema,
  readMoneySchema,
  readTextSchema,
  readTimeSchema,
  rechargeIdSchema,
} from "./common";
import { lineItemSchema } from "./line-item";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/** What we may filter by (strict: Recharge refuses a status it does not know). */
export const chargeStatusSchema = z.enum(chargeStatuses);

/** Charges embed their customer; there is no top-level `customer_id`. */
export const chargeCustomerSchema = z.looseObject({
  id: rechargeIdSchema,
  email: readTextSchema,
  external_customer_id: externalIdSchema.nullish(),
  hash: readTextSchema,
});

/**
 * A Recharge charge (2021-11): one scheduled or processed payment of an address's items.
 *
 * Read tolerantly, except what correctness needs: `id`, `status` (any string: actions are offered
 * only for statuses the dashboard knows), the line items' ids (skip names them) and the two amounts
 * refunds are computed from. `total_price` must be a readable amount and `total_refunds` one or
 * null; a wrong value leaves the charge out of a list rather than showing a wrong refundable balance.
 */
export const chargeSchema = z
  .looseObject({
    id: rechargeIdSchema,
    address_id: rechargeIdSchema.nullish(),
    billing_address: opaqueObjectSchema.nullish(),
    created_at: readTimeSchema,
    currency: readTextSchema,
    customer: chargeCustomerSchema.nullish(),
    discounts: readListSchema(discountRefSchema),
    error: readTextSchema,
    error_type: readTextSchema,
    external_order_id: externalIdSchema.nullish(),
    line_items: readListSchema(lineItemSchema),
    merged_at: readTimeSchema,
    note: readTextSchema,
    orders_count: readCountSchema,
    processed_at: readTimeSchema,
    retry_date: readTimeSchema,
    scheduled_at: readTimeSchema,
    shipping_address: opaqueObjectSchema.nullish(),
    shipping_lines: readListSchema(opaqueObjectSchema),
    status: openEnumSchema<KnownChargeStatus>(),
    subtotal_price: readMoneySchema.nullish(),
    tags: readTextSchema,
    // Shape varies across versions (array of objects, sometimes a string); shown, never computed on.
    tax_lines: z.unknown(),
    taxes_included: readFlagSchema,
    total_discounts: readMoneySchema.nullish(),
    total_line_items_price: readMoneySchema.nullish(),
    total_price: readMoneySchema,
    // Null (or, in older shapes, absent) when nothing was refunded; see the refinement below.
    total_refunds: readMoneySchema.nullish(),
    total_tax: readMoneySchema.nullish(),
    type: openEnumSchema<KnownChargeType>().nullish(),
    updated_at: readTimeSchema,
  })
  .superRefine((charge, context) => {
    // Once something was refunded, the refundable balance is total_price − total_refunds: without
    // the second amount the dashboard would offer the whole total again.
    const refunded = charge.status === "refunded" || charge.status === "partially_refunded";
    if (refunded && (charge.total_refunds === null || charge.total_refunds === undefined))
      context.addIssue({
        code: "custom",
        path: ["total_refunds"],
        message: `is required on a ${charge.status} charge`,
      });
  });
export type Charge = z.infer<typeof chargeSchema>;

export const chargeEnvelopeSchema = singleEnvelopeSchema("charge", chargeSchema);
export const chargeListEnvelopeSchema = listEnvelopeSchema("charges", chargeSchema);
