import "server-only";
import { z } from "zod";
import { externalIdSchema, moneySchema, nameValueSchema, rechargeIdSchema } from "./common";

export const purchaseItemTypeSchema = z.enum(["subscription", "onetime"]);
export type PurchaseItemType = z.infer<typeof purchaseItemTypeSchema>;

/** One line of a charge: a subscription or one-time item (`purchase_item_id` is what skip takes). */
export const lineItemSchema = z.looseObject({
  purchase_item_id: rechargeIdSchema,
  purchase_item_type: purchaseItemTypeSchema,
  external_product_id: externalIdSchema.nullable(),
  external_variant_id: externalIdSchema.nullable(),
  original_price: moneySchema.nullable(),
  properties: z.array(nameValueSchema),
  quantity: z.number().int().nonnegative(),
  sku: z.string().nullable(),
  tax_due: moneySchema.nullable(),
  taxable: z.boolean(),
  title: z.string(),
  total_price: moneySchema,
  unit_price: moneySchema,
  variant_title: z.string().nullable(),
});
export type LineItem = z.infer<typeof lineItemSchema>;
