// Delayed charge regeneration, the 2021-11 default for updates sent without `commit=true`: "delay
// charge regeneration 5 seconds" (E1 BasicSubscriptionParams.commit, dist/index.d.ts:1636-1637). One
// timer per address, restarted by each further update of it so that a run of updates regenerates once
// (sandbox choice). Timers are unref'd and dropped on reset and close.
import type { Store } from "../store/store";
import { regenerateAddressCharges } from "./charge-regeneration";

export const REGENERATION_DELAY_MS = 5_000;

export class RegenerationQueue {
  private readonly timers = new Map<number, NodeJS.Timeout>();

  constructor(
    private readonly store: () => Store,
    private readonly delayMs: number = REGENERATION_DELAY_MS,
  ) {}

  defer(addressId: number): void {
    clearTimeout(this.timers.get(addressId));
    const store = this.store();
    const timer = setTimeout(() => {
      this.timers.delete(addressId);
      // A reset in between replaced the store: its pending work went with it.
      if (this.store() === store) regenerateAddressCharges(store, addressId);
    }, this.delayMs);
    timer.unref();
    this.timers.set(addressId, timer);
  }

  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
