// The includes the sandbox simulates, per resource: the related records, whole, as their own GET prints
// them. Lists of records come newest first, the order of a list without sort_by.
import type { Charge, Order } from "../store/charge-types";
import type { Store } from "../store/store";
import type { Address, Customer, Subscription } from "../store/types";
import type { IncludeResolvers } from "./includes";

const newestFirst = <T extends { id: number }>(rows: T[]): T[] => rows.sort((a, b) => b.id - a.id);
const customerById = (store: Store, id: number) => store.customers.get(id) ?? null;

export const subscriptionIncludes: IncludeResolvers<Subscription> = {
  address: (store, row) => store.addresses.get(row.address_id) ?? null,
  customer: (store, row) => customerById(store, row.customer_id),
};

export const chargeIncludes: IncludeResolvers<Charge> = {
  customer: (store, row) => customerById(store, row.customer.id),
};

export const orderIncludes: IncludeResolvers<Order> = {
  customer: (store, row) => customerById(store, row.customer.id),
};

export const addressIncludes: IncludeResolvers<Address> = {
  customer: (store, row) => customerById(store, row.customer_id),
  subscriptions: (store, row) => newestFirst(store.subscriptions.lookup("address_id", row.id)),
};

export const customerIncludes: IncludeResolvers<Customer> = {
  addresses: (store, row) => newestFirst(store.addresses.lookup("customer_id", row.id)),
  subscriptions: (store, row) => newestFirst(store.subscriptions.lookup("customer_id", row.id)),
};
