import "server-only";
import { z } from "zod";
import { dateSchema, rechargeIdSchema } from "./common";
import { firstPageSchema, idsFilterSchema, rangeFilterSchema, type ListParams } from "./list-params";
import { chargeStatusSchema } from "./charge";
import { discountStatusSchema, discountValueTypeSchema } from "./discount";
import { subscriptionStatusSchema } from "./subscription";

// Filter names are Recharge's own (recharge-api.md §4), so the BFF can pass them through unchanged.

const timeRanges = {
  created_at_min: rangeFilterSchema.optional(),
  created_at_max: rangeFilterSchema.optional(),
  updated_at_min: rangeFilterSchema.optional(),
  updated_at_max: rangeFilterSchema.optional(),
};
const commonSort = ["id", "created_at", "updated_at"] as const;

export const customerListQuerySchema = firstPageSchema(
  {
    email: z.string().min(1).optional(),
    ids: idsFilterSchema.optional(),
    external_customer_id: z.string().min(1).optional(),
    ...timeRanges,
  },
  commonSort,
);
export type CustomerListParams = ListParams<z.input<typeof customerListQuerySchema>>;

/** The dashboard lists addresses per customer, so the first page requires `customer_id`. */
export const addressListQuerySchema = firstPageSchema(
  { customer_id: rechargeIdSchema, ids: idsFilterSchema.optional(), ...timeRanges },
  commonSort,
);
export type AddressListParams = ListParams<z.input<typeof addressListQuerySchema>>;

export const subscriptionListQuerySchema = firstPageSchema(
  {
    status: subscriptionStatusSchema.optional(),
    customer_id: rechargeIdSchema.optional(),
    address_id: rechargeIdSchema.optional(),
    ids: idsFilterSchema.optional(),
    ...timeRanges,
  },
  commonSort,
);
export type SubscriptionListParams = ListParams<z.input<typeof subscriptionListQuerySchema>>;

export const chargeListQuerySchema = firstPageSchema(
  {
    status: chargeStatusSchema.optional(),
    customer_id: rechargeIdSchema.optional(),
    address_id: rechargeIdSchema.optional(),
    purchase_item_id: rechargeIdSchema.optional(),
    ids: idsFilterSchema.optional(),
    scheduled_at: dateSchema.optional(),
    scheduled_at_min: rangeFilterSchema.optional(),
    scheduled_at_max: rangeFilterSchema.optional(),
    processed_at_min: rangeFilterSchema.optional(),
    processed_at_max: rangeFilterSchema.optional(),
    discount_code: z.string().min(1).optional(),
    external_order_id: z.string().min(1).optional(),
    ...timeRanges,
  },
  [...commonSort, "scheduled_at"],
);
export type ChargeListParams = ListParams<z.input<typeof chargeListQuerySchema>>;

/** Order filters are not in the contract; these are Recharge's documented ones (unknown ones are ignored upstream). */
export const orderListQuerySchema = firstPageSchema(
  {
    customer_id: rechargeIdSchema.optional(),
    address_id: rechargeIdSchema.optional(),
    charge_id: rechargeIdSchema.optional(),
    status: z.string().min(1).optional(),
    ids: idsFilterSchema.optional(),
    processed_at_min: rangeFilterSchema.optional(),
    processed_at_max: rangeFilterSchema.optional(),
    ...timeRanges,
  },
  commonSort,
);
export type OrderListParams = ListParams<z.input<typeof orderListQuerySchema>>;

export const discountListQuerySchema = firstPageSchema(
  {
    discount_code: z.string().min(1).optional(),
    discount_type: discountValueTypeSchema.optional(),
    status: discountStatusSchema.optional(),
    ids: idsFilterSchema.optional(),
    ...timeRanges,
  },
  commonSort,
);
export type DiscountListParams = ListParams<z.input<typeof discountListQuerySchema>>;

/** Batch and task statuses are only [l]ikely documented: any non-empty string is passed on. */
export const asyncBatchListQuerySchema = firstPageSchema(
  { status: z.string().min(1).optional(), ids: idsFilterSchema.optional(), ...timeRanges },
  commonSort,
);
export type AsyncBatchListParams = ListParams<z.input<typeof asyncBatchListQuerySchema>>;

/**
 * Recharge documents only `ids` as a filter of a batch's tasks (recharge-api.md §6): "only the failed
 * ones" is filtered in the app (lib/api/batch-task-page.ts), never sent as an upstream `status`.
 */
export const asyncBatchTaskListQuerySchema = firstPageSchema({ ids: idsFilterSchema.optional() }, commonSort);
export type AsyncBatchTaskListParams = ListParams<z.input<typeof asyncBatchTaskListQuerySchema>>;
