import "server-only";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { ActionEntry } from "../catalog";
import { showsChange } from "../read-back";
import type { TargetRecords } from "../target-records";
import type { ActionTarget } from "../targets";

// How each target's record is read again from Recharge after an unknown outcome.
const readers: { [T in ActionTarget]: (id: number) => Promise<TargetRecords[T]> } = {
  charge: (id) => getRechargeClient().charges.get(id),
  subscription: (id) => getRechargeClient().subscriptions.get(id),
  address: (id) => getRechargeClient().addresses.get(id),
  discount: (id) => getRechargeClient().discounts.get(id),
};

/**
 * After an unknown outcome: reads the record back and returns it when it shows the change the
 * entry describes; undefined when it cannot be told (the Idempotency-Key then stays `unknown`).
 */
export async function readBackOutcome<T extends ActionTarget>(
  entry: ActionEntry<T>,
  id: number,
  input: unknown,
): Promise<TargetRecords[T] | undefined> {
  if (entry.readBack.kind === "none") return undefined;
  const record = await readers[entry.target](id);
  return showsChange(entry.readBack, record, input) ? record : undefined;
}
