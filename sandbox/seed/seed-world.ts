// Lookups the charge seeding steps share.
import type { Address, Customer, Subscription } from "../store/types";
import type { SeedClock } from "./seed-time";

export interface SeedWorld {
  clock: SeedClock;
  customers: ReadonlyMap<number, Customer>;
  addresses: ReadonlyMap<number, Address>;
  subscriptions: readonly Subscription[];
  decliningCustomerIds: ReadonlySet<number>;
}

export function addressOf(world: SeedWorld, subscription: Subscription): Address {
  const address = world.addresses.get(subscription.address_id);
  if (!address) throw new Error(`seed: no address ${subscription.address_id}`);
  return address;
}

export function customerOf(world: SeedWorld, subscription: Subscription): Customer {
  const customer = world.customers.get(subscription.customer_id);
  if (!customer) throw new Error(`seed: no customer ${subscription.customer_id}`);
  return customer;
}
