import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { Charge } from "@/lib/recharge/schemas/charge";

// After an unknown outcome, the charge is read back: these say whether the change is visible.
// Each returns the charge when it is, undefined when it cannot be told (the key then stays `unknown`).

const itemIds = (charge: Charge) => new Set(charge.line_items.map((item) => item.purchase_item_id));

export async function reconcileSkip(id: number, purchaseItemIds: number[]): Promise<Charge | undefined> {
  const charge = await getRechargeClient().charges.get(id);
  const remaining = itemIds(charge);
  const applied = charge.status === "skipped" || purchaseItemIds.every((itemId) => !remaining.has(itemId));
  return applied ? charge : undefined;
}

export async function reconcileUnskip(id: number, purchaseItemIds: number[]): Promise<Charge | undefined> {
  const charge = await getRechargeClient().charges.get(id);
  const present = itemIds(charge);
  const applied = charge.status === "queued" && purchaseItemIds.every((itemId) => present.has(itemId));
  return applied ? charge : undefined;
}

export async function reconcileProcess(id: number): Promise<Charge | undefined> {
  const charge = await getRechargeClient().charges.get(id);
  return charge.status === "success" ? charge : undefined;
}
