// What each resource is sortable by (the list endpoints' sort_by values) and indexed on.
import type { AsyncBatch, BatchTask, Discount, Webhook } from "./admin-types";
import type { Charge, Order } from "./charge-types";
import type { TableSchema } from "./table";
import type { Address, Customer, Subscription } from "./types";

const byId = <T extends { id: number }>(row: T) => row.id;
const timestamps = {
  id: byId,
  created_at: (row: { created_at: string }) => row.created_at,
  updated_at: (row: { updated_at: string }) => row.updated_at,
};

export const customerSchema: TableSchema<Customer> = {
  sortKeys: timestamps,
  indexes: {
    email: (row) => [row.email.toLowerCase()],
    external_customer_id: (row) =>
      row.external_customer_id.ecommerce ? [row.external_customer_id.ecommerce] : [],
  },
};

export const addressSchema: TableSchema<Address> = {
  sortKeys: timestamps,
  indexes: { customer_id: (row) => [row.customer_id] },
};

export const subscriptionSchema: TableSchema<Subscription> = {
  sortKeys: timestamps,
  partition: { name: "status", value: (row) => row.status },
  indexes: { customer_id: (row) => [row.customer_id], address_id: (row) => [row.address_id] },
};

export const chargeSchema: TableSchema<Charge> = {
  sortKeys: { ...timestamps, scheduled_at: (row) => row.scheduled_at },
  partition: { name: "status", value: (row) => row.status },
  indexes: {
    customer_id: (row) => [row.customer.id],
    address_id: (row) => [row.address_id],
    purchase_item_id: (row) => row.line_items.map((item) => item.purchase_item_id),
    discount_code: (row) => row.discounts.map((discount) => discount.code.toLowerCase()),
    external_order_id: (row) => (row.external_order_id.ecommerce ? [row.external_order_id.ecommerce] : []),
  },
};

export const orderSchema: TableSchema<Order> = {
  sortKeys: timestamps,
  indexes: {
    customer_id: (row) => [row.customer.id],
    address_id: (row) => [row.address_id],
    charge_id: (row) => [row.charge.id],
  },
};

export const discountSchema: TableSchema<Discount> = {
  sortKeys: timestamps,
  partition: { name: "status", value: (row) => row.status },
  indexes: { code: (row) => [row.code.toLowerCase()] },
};

export const batchSchema: TableSchema<AsyncBatch> = {
  sortKeys: timestamps,
  indexes: {},
  partition: { name: "status", value: (row) => row.status },
};

export const taskSchema: TableSchema<BatchTask> = {
  sortKeys: timestamps,
  partition: { name: "batch_id", value: (row) => String(row.batch_id) },
  indexes: { batch_id: (row) => [row.batch_id] },
};

export const webhookSchema: TableSchema<Webhook> = {
  sortKeys: timestamps,
  indexes: { topic: (row) => [row.topic] },
};
