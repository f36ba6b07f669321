// What changed on a record while an action dialog was open, in the operator's words. Pure, so the
// wording is unit-tested; the dialog guard (use-watched-record.ts) decides when to say it.
import { formatDate, parseRechargeTime } from "@/components/data-table/format";

/** What the watch reads of a record (charges, subscriptions, discounts and addresses, Recharge 2021-11). */
export interface WatchedRecord {
  id: number;
  /** Every watched record has one but an address. */
  status?: string | null;
  // Recharge may leave it out (the tolerant reader): such a reading sorts as the oldest.
  updated_at?: string | null;
  next_charge_scheduled_at?: string | null;
  // A subscription's quantity and interval (a dialog may start from them: catalog `startsFrom`).
  quantity?: number | null;
  order_interval_unit?: string | null;
  order_interval_frequency?: number | null;
  charge_interval_frequency?: number | null;
  // An address's discount (a charge's too): applied or removed is a change, even within one second.
  discounts?: ReadonlyArray<{ id?: number | null; code?: string | null }> | null;
}

/** A reading as the phrases read it: its status, "" for a record without one (an address). */
type Reading = WatchedRecord & { status: string };

export type WatchedNoun = "charge" | "subscription" | "discount" | "address";

const updatedMs = (record: WatchedRecord) => parseRechargeTime(record.updated_at)?.ms ?? 0;
const discountKey = (record: WatchedRecord) =>
  (record.discounts ?? []).map((discount) => discount.code ?? discount.id ?? "").join(",");

/**
 * The newest of several readings of one record. Readings can arrive out of order (a list row loaded
 * after the detail was cached), and an older one must never look like a change.
 */
export function newestReading<T extends WatchedRecord>(readings: ReadonlyArray<T | undefined>): T {
  let newest: T | undefined;
  for (const reading of readings) {
    if (reading && (!newest || updatedMs(reading) >= updatedMs(newest))) newest = reading;
  }
  if (!newest) throw new Error("newestReading needs at least one reading");
  return newest;
}

/** Whether `now` is a later state of the record than `opened`. Timestamps have whole seconds, so a
 * status (or a discount) that moved within the same second counts too. */
export function hasChanged(opened: WatchedRecord, now: WatchedRecord): boolean {
  if (updatedMs(now) > updatedMs(opened)) return true;
  return (
    updatedMs(now) === updatedMs(opened) &&
    (now.status !== opened.status || discountKey(now) !== discountKey(opened))
  );
}

/** A key per state: an acknowledgement holds for the state the operator saw, not for later ones. */
export const readingKey = (record: WatchedRecord) =>
  `${record.status ?? ""}|${record.updated_at ?? ""}|${discountKey(record)}`;

const chargeStatusPhrases: Record<string, string> = {
  success: "was processed",
  error: "failed to process",
  refunded: "was refunded",
  partially_refunded: "was partially refunded",
  skipped: "was skipped",
  pending: "is being processed",
  pending_manual_payment: "is waiting for a manual payment",
};

// When the status stays the same (a second partial refund, some items skipped), the webhook's topic
// still says what happened.
const topicPhrases: Record<string, string> = {
  "charge/refunded": "was refunded",
  "subscription/skipped": "had items skipped",
  "subscription/unskipped": "had items unskipped",
  "charge/paid": "was processed",
  "charge/failed": "failed to process",
  "subscription/cancelled": "was cancelled",
  "subscription/activated": "was reactivated",
};

function chargePhrase(before: Reading, after: Reading): string | null {
  if (after.status === before.status) return null;
  if (after.status === "queued") return before.status === "skipped" ? "was unskipped" : "was queued again";
  return chargeStatusPhrases[after.status] ?? `became ${after.status.replaceAll("_", " ")}`;
}

/** "every 2 weeks", "every month"; "a new interval" when Recharge left a part out. */
function every(frequency: number | null | undefined, unit: string | null | undefined): string {
  if (typeof frequency !== "number" || !unit) return "a new interval";
  const singular = unit.replace(/s$/i, ""); // Recharge's legacy units are plural ("Months")
  return frequency === 1 ? `every ${singular}` : `every ${frequency} ${singular}s`;
}

function subscriptionPhrase(before: Reading, after: Reading): string | null {
  if (after.status !== before.status) {
    if (after.status === "cancelled") return "was cancelled";
    if (after.status === "active") return "was reactivated";
    return after.status === "expired" ? "expired" : `became ${after.status}`;
  }
  if (after.quantity !== before.quantity && typeof after.quantity === "number") {
    return typeof before.quantity === "number"
      ? `had its quantity changed from ${before.quantity} to ${after.quantity}`
      : `had its quantity changed to ${after.quantity}`;
  }
  // Before the next charge date: a new interval moves that date too, and is the news.
  if (
    after.order_interval_unit !== before.order_interval_unit ||
    after.order_interval_frequency !== before.order_interval_frequency
  ) {
    return `had its delivery interval changed to ${every(after.order_interval_frequency, after.order_interval_unit)}`;
  }
  if (after.charge_interval_frequency !== before.charge_interval_frequency) {
    return `had its charge interval changed to ${every(after.charge_interval_frequency, after.order_interval_unit)}`;
  }
  if (after.next_charge_scheduled_at !== before.next_charge_scheduled_at) {
    return after.next_charge_scheduled_at
      ? `had its next charge date moved to ${formatDate(after.next_charge_scheduled_at)}`
      : "lost its next charge date";
  }
  return null;
}

/** A discount's status; any other change (its value, dates, limits) is "was updated". */
function discountPhrase(before: Reading, after: Reading): string | null {
  if (after.status === before.status) return null;
  if (after.status === "enabled") return "was enabled";
  if (after.status === "disabled") return "was disabled";
  return `became ${after.status.replaceAll("_", " ")}`;
}

/** "SANDBOX10", or "#138540173" when Recharge names the discount by id alone. */
function discountName(record: Reading): string | null {
  const discount = record.discounts?.[0];
  if (!discount) return null;
  return discount.code ?? (discount.id ? `#${discount.id}` : "a discount");
}

/** An address's discount; any other change (its street, its phone) is "was updated". */
function addressPhrase(before: Reading, after: Reading): string | null {
  const was = discountName(before);
  const now = discountName(after);
  if (was === now) return null;
  if (now === null) return `had its discount ${was} removed`;
  return was === null ? `had the discount ${now} applied` : `had its discount changed to ${now}`;
}

const phrases: Record<WatchedNoun, (before: Reading, after: Reading) => string | null> = {
  charge: chargePhrase,
  subscription: subscriptionPhrase,
  discount: discountPhrase,
  address: addressPhrase,
};

/** "was refunded", "had its next charge date moved to Dec 5, 2026", … ("was updated" when unknown). */
export function describeChange(
  noun: WatchedNoun,
  before: WatchedRecord,
  after: WatchedRecord,
  topic: string | null = null,
): string {
  const reading = (record: WatchedRecord): Reading => ({ ...record, status: record.status ?? "" });
  const phrase = phrases[noun](reading(before), reading(after));
  return phrase ?? (topic ? topicPhrases[topic] : undefined) ?? "was updated";
}

const relativeTime = new Intl.RelativeTimeFormat("en", { numeric: "always" });

/** "just now", "3 seconds ago", "2 minutes ago": how long ago an event reached us (never "in 1 second"). */
export function formatAgo(atMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - atMs) / 1000));
  if (seconds === 0) return "just now";
  if (seconds < 60) return relativeTime.format(-seconds, "second");
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relativeTime.format(-minutes, "minute");
  return relativeTime.format(-Math.round(minutes / 60), "hour");
}

/** Who made the change, as far as we know. */
export type ChangeAuthor =
  /** No event has told us yet (the record was re-read before its webhook arrived). */
  | { kind: "unknown" }
  /** A webhook came with no audited action of ours beside it. */
  | { kind: "elsewhere" }
  | { kind: "operator"; name: string; email: string; isYou: boolean };

export function describeAuthor(author: ChangeAuthor): string {
  switch (author.kind) {
    case "unknown":
      return "";
    case "elsewhere":
      return " outside this dashboard (in Recharge, the customer portal or an integration)";
    case "operator":
      return author.isYou ? " by you" : ` by ${author.name}`;
  }
}
