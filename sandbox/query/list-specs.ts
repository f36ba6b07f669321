// The list endpoints of §4: each resource's filters and sort_by fields.
import { chargeLookback } from "../domain/charge-lookback";
import {
  BATCH_STATUSES,
  TASK_STATUSES,
  type AsyncBatch,
  type BatchTask,
  type Discount,
  type Webhook,
} from "../store/admin-types";
import type { Charge, Order } from "../store/charge-types";
import {
  CHARGE_STATUSES,
  DISCOUNT_STATUSES,
  DISCOUNT_VALUE_TYPES,
  SUBSCRIPTION_STATUSES,
  type Address,
  type Customer,
  type Subscription,
} from "../store/types";
import { dateFilter, enumFilter, idsFilter, integerFilter, textFilter, timeRangeFilter } from "./filters";
import {
  addressIncludes,
  chargeIncludes,
  customerIncludes,
  orderIncludes,
  subscriptionIncludes,
} from "./include-resolvers";
import { DEFAULT_SORTS, timestampFilters, type ListSpec } from "./list-spec";

export const customerList: ListSpec<Customer> = {
  resource: "customers",
  table: (store) => store.customers,
  sorts: DEFAULT_SORTS,
  filters: [
    idsFilter(),
    textFilter("email", (row) => row.email, { caseless: true, index: "email" }),
    textFilter("external_customer_id", (row) => row.external_customer_id.ecommerce, {
      index: "external_customer_id",
    }),
    ...timestampFilters<Customer>(),
  ],
  includes: customerIncludes,
};

export const addressList: ListSpec<Address> = {
  resource: "addresses",
  table: (store) => store.addresses,
  sorts: DEFAULT_SORTS,
  filters: [
    idsFilter(),
    integerFilter("customer_id", (row) => row.customer_id, "customer_id"),
    // E1 AddressListParams (dist/index.d.ts:2324-2332), E2 AddressListQuery.
    integerFilter("discount_id", (row) => row.discounts.map((d) => d.id)),
    textFilter("discount_code", (row) => row.discounts.map((d) => d.code), { caseless: true }),
    ...timestampFilters<Address>(),
  ],
  includes: addressIncludes,
};

export const subscriptionList: ListSpec<Subscription> = {
  resource: "subscriptions",
  table: (store) => store.subscriptions,
  sorts: DEFAULT_SORTS,
  filters: [
    idsFilter(),
    enumFilter("status", SUBSCRIPTION_STATUSES, (row) => row.status, "status"),
    integerFilter("customer_id", (row) => row.customer_id, "customer_id"),
    integerFilter("address_id", (row) => row.address_id, "address_id"),
    ...timestampFilters<Subscription>(),
  ],
  includes: subscriptionIncludes,
};

export const chargeList: ListSpec<Charge> = {
  resource: "charges",
  table: (store) => store.charges,
  sorts: [...DEFAULT_SORTS, "scheduled_at"],
  filters: [
    idsFilter(),
    enumFilter("status", CHARGE_STATUSES, (row) => row.status, "status"),
    integerFilter("customer_id", (row) => row.customer.id, "customer_id"),
    integerFilter("address_id", (row) => row.address_id, "address_id"),
    integerFilter(
      "purchase_item_id",
      (row) => row.line_items.map((item) => item.purchase_item_id),
      "purchase_item_id",
    ),
    dateFilter("scheduled_at", "eq", (row) => row.scheduled_at),
    dateFilter("scheduled_at_min", "min", (row) => row.scheduled_at),
    dateFilter("scheduled_at_max", "max", (row) => row.scheduled_at),
    timeRangeFilter("processed_at_min", "min", (row) => row.processed_at),
    timeRangeFilter("processed_at_max", "max", (row) => row.processed_at),
    textFilter("discount_code", (row) => row.discounts.map((d) => d.code), {
      caseless: true,
      index: "discount_code",
    }),
    textFilter("external_order_id", (row) => row.external_order_id.ecommerce, { index: "external_order_id" }),
    ...timestampFilters<Charge>(),
  ],
  visible: chargeLookback,
  includes: chargeIncludes,
};

export const orderList: ListSpec<Order> = {
  resource: "orders",
  table: (store) => store.orders,
  sorts: DEFAULT_SORTS,
  filters: [
    idsFilter(),
    enumFilter("status", ["success", "error", "queued", "cancelled"], (row) => row.status),
    integerFilter("customer_id", (row) => row.customer.id, "customer_id"),
    integerFilter("address_id", (row) => row.address_id, "address_id"),
    integerFilter("charge_id", (row) => row.charge.id, "charge_id"),
    timeRangeFilter("processed_at_min", "min", (row) => row.processed_at),
    timeRangeFilter("processed_at_max", "max", (row) => row.processed_at),
    ...timestampFilters<Order>(),
  ],
  includes: orderIncludes,
};

export const discountList: ListSpec<Discount> = {
  resource: "discounts",
  table: (store) => store.discounts,
  sorts: DEFAULT_SORTS,
  filters: [
    idsFilter(),
    textFilter("discount_code", (row) => row.code, { caseless: true, index: "code" }),
    enumFilter("discount_type", DISCOUNT_VALUE_TYPES, (row) => row.value_type),
    enumFilter("status", DISCOUNT_STATUSES, (row) => row.status, "status"),
    ...timestampFilters<Discount>(),
  ],
};

export const batchList: ListSpec<AsyncBatch> = {
  resource: "async_batches",
  table: (store) => store.batches,
  sorts: DEFAULT_SORTS,
  filters: [
    idsFilter(),
    enumFilter("status", BATCH_STATUSES, (row) => row.status, "status"),
    ...timestampFilters<AsyncBatch>(),
  ],
};

export const taskList: ListSpec<BatchTask> = {
  resource: "async_batch_tasks",
  table: (store) => store.tasks,
  sorts: DEFAULT_SORTS,
  filters: [idsFilter(), enumFilter("status", TASK_STATUSES, (row) => row.status)],
};

export const webhookList: ListSpec<Webhook> = {
  resource: "webhooks",
  table: (store) => store.webhooks,
  sorts: DEFAULT_SORTS,
  filters: [idsFilter(), textFilter("topic", (row) => row.topic, { index: "topic" })],
};
