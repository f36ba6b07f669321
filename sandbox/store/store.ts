// The whole in-memory state of one sandbox: one Table per resource, id counters, the customers whose
// cards decline, the batch queue and an event hook that webhooks listen on.
import { formatTimestamp } from "../domain/dates";
import type { WebhookTopic } from "../webhooks/topics";
import type { AsyncBatch, BatchTask, Discount, Webhook } from "./admin-types";
import type { Charge, Order } from "./charge-types";
import { Table } from "./table";
import {
  addressSchema,
  batchSchema,
  chargeSchema,
  customerSchema,
  discountSchema,
  orderSchema,
  subscriptionSchema,
  taskSchema,
  webhookSchema,
} from "./table-schemas";
import type { Address, Customer, Subscription } from "./types";

/** Something that happened, as a documented webhook topic and the record's GET envelope. */
export interface SandboxEvent {
  topic: WebhookTopic;
  envelope: string;
  record: object;
}

export const RESOURCES = [
  "customers",
  "addresses",
  "subscriptions",
  "charges",
  "orders",
  "discounts",
  "async_batches",
  "tasks",
  "webhooks",
] as const;
export type ResourceName = (typeof RESOURCES)[number];

export class Store {
  readonly customers = new Table<Customer>(customerSchema);
  readonly addresses = new Table<Address>(addressSchema);
  readonly subscriptions = new Table<Subscription>(subscriptionSchema);
  readonly charges = new Table<Charge>(chargeSchema);
  readonly orders = new Table<Order>(orderSchema);
  readonly discounts = new Table<Discount>(discountSchema);
  readonly batches = new Table<AsyncBatch>(batchSchema);
  readonly tasks = new Table<BatchTask>(taskSchema);
  readonly webhooks = new Table<Webhook>(webhookSchema);

  /** Customers whose every payment declines (process → error). */
  readonly decliningCustomers = new Set<number>();
  /** Batches submitted for processing, oldest first; the head one is running. */
  readonly batchQueue: number[] = [];

  private readonly lastIds = new Map<ResourceName, number>();
  private readonly listeners = new Set<(event: SandboxEvent) => void>();

  constructor(
    readonly seed: number,
    readonly scale: number,
  ) {}

  /** Continues a resource's id sequence after the seeded ids. */
  setLastId(resource: ResourceName, id: number): void {
    this.lastIds.set(resource, id);
  }

  nextId(resource: ResourceName): number {
    const id = (this.lastIds.get(resource) ?? 0) + 1;
    this.lastIds.set(resource, id);
    return id;
  }

  /** Wall-clock time: writes are stamped with the real time so updated_at keeps moving forward. */
  now(): number {
    return Date.now();
  }

  timestamp(): string {
    return formatTimestamp(this.now());
  }

  onEvent(listener: (event: SandboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(topic: WebhookTopic, envelope: string, record: object): void {
    for (const listener of this.listeners) listener({ topic, envelope, record });
  }
}
