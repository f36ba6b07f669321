// Recharge's 90-day lookback (changelog.getrecharge.com/label/6202, from 19 March 2025): the retrieve
// and list charge endpoints no longer return success, refunded or partially refunded charges processed
// more than 90 days ago. A list leaves them out; GET /charges/{id} — and so every action on one —
// answers 404, as for a charge that does not exist. Their orders stay readable.
import type { Charge } from "../store/charge-types";
import { DAY_MS, formatTimestamp } from "./dates";

export const LOOKBACK_DAYS = 90;
const PROCESSED: ReadonlySet<string> = new Set(["success", "refunded", "partially_refunded"]);

/** A test of whether the charge API still shows a charge at `nowMs`. */
export function chargeLookback(nowMs: number): (charge: Charge) => boolean {
  const cutoff = formatTimestamp(nowMs - LOOKBACK_DAYS * DAY_MS);
  return (charge) =>
    !(PROCESSED.has(charge.status) && charge.processed_at !== null && charge.processed_at < cutoff);
}
