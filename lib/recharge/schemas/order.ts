import "server-only";
import { z } from "zod";
import {
  externalIdSchema,
  readMoneySchema,
  opaqueObjectSchema,
  rechargeIdSchema,
  timestampSchema,
} from "./common";
import { listEnvelopeSchema, singleEnvelopeSchema } from "./list-envelope";

/** Values known from the docs; the schema accepts any string because orders are only [l]ikely documented. */
export const knownOrderStatuses = ["success", "error", "queued", "cancelled"] as const;

/**
 * A Recharge order (read-only here): created when a charge succeeds. Its documentation is thinner
 * than the charge's (recharge-api.md §4, [l]), so only the identity, status and totals are checked.
 */
export const orderSchema = z.looseObject({
  id: rechargeIdSchema,
  address_id: rechargeIdSchema.nullish(),
  charge: z.looseObject({ id: rechargeIdSchema, status: z.string().nullish() }).nullish(),
  created_at: timestampSchema,
  customer: z.looseObject({ id: rechargeIdSchema, email: z.string().nullish() }).nullish(),
  external_order_id: externalIdSchema.nullish(),
  line_items: z.array(opaqueObjectSchema).nullish(),
  processed_at: timestampSchema.nullish(),
  status: z.string(),
  total_price: readMoneySchema,
  updated_at: timestampSchema,
});
export type Order = z.infer<typeof orderSchema>;

export const orderEnvelopeSchema = singleEnvelopeSchema("order", orderSchema);
export const orderListEnvelopeSchema = listEnvelopeSchema("orders", orderSchema);
