import "server-only";
import { z } from "zod";
import type { KnownPurchaseItemType } from "@/lib/schemas/recharge-enums";
import {
  externalIdSchema,
  nameValueSchema,
  openEnumSchema,
  readCountSchema,
  readFlagSchema,
  readListSchema,
  readMoneySchema,
  readTextSchema,
  rechargeIdSchema,
} from "./common";

/**
 * One line of a charge: a subscription or one-time item. `purchase_item_id` is required (skip and
 * unskip name items by it); everything else is shown, "—" when missing.
 */
export const lineItemSchema = z.looseObject({
  purchase_item_id: rechargeIdSchema,
  purchase_item_type: openEnumSchema<KnownPurchaseItemType>().nullish(),
  external_product_id: externalIdSchema.nullish(),
  external_variant_id: externalIdSchema.nullish(),
  original_price: readMoneySchema.nullish(),
  properties: readListSchema(nameValueSchema),
  quantity: readCountSchema,
  sku: readTextSchema,
  tax_due: readMoneySchema.nullish(),
  taxable: readFlagSchema,
  title: readTextSchema,
  total_price: readMoneySchema.nullish(),
  unit_price: readMoneySchema.nullish(),
  variant_title: readTextSchema,
});
export type LineItem = z.infer<typeof lineItemSchema>;
