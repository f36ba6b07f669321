// The record each target's actions act on, as the BFF answers it. Types only: erased from bundles.
import type { Address } from "@/lib/recharge/schemas/address";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import type { ActionTarget } from "./targets";

export interface TargetRecords {
  charge: Charge;
  subscription: Subscription;
  address: Address;
  discount: Discount;
}

export type TargetRecord<T extends ActionTarget> = TargetRecords[T];
