// What changed on a record while an action dialog was open, in the operator's words. Pure, so the
// wording is unit-tested; the dialog guard (use-watched-record.ts) decides when to say it.
import { formatDate, parseRechargeTime } from "@/components/data-table/format";

/** The fields every watched record has (charges and subscriptions, Recharge 2021-11). */
export interface WatchedRecord {
  id: number;
  status: string;
  // Recharge may leave it out (the tolerant reader): such a reading sorts as the oldest.
  updated_at?: string | null;
  next_charge_scheduled_at?: string | null;
}

export type WatchedNoun = "charge" | "subscription";

const updatedMs = (record: WatchedRecord) => parseRechargeTime(record.updated_at)?.ms ?? 0;

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
 * status that moved within the same second counts too. */
export function hasChanged(opened: WatchedRecord, now: WatchedRecord): boolean {
  if (updatedMs(now) > updatedMs(opened)) return true;
  return updatedMs(now) === updatedMs(opened) && now.status !== opened.status;
}

/** A key per state: an acknowledgement holds for the state the operator saw, not for later ones. */
export const readingKey = (record: WatchedRecord) => `${record.status}|${record.updated_at ?? ""}`;

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

function chargePhrase(before: WatchedRecord, after: WatchedRecord): string | null {
  if (after.status === before.status) return null;
  if (after.status === "queued") return before.status === "skipped" ? "was unskipped" : "was queued again";
  return chargeStatusPhrases[after.status] ?? `became ${after.status.replaceAll("_", " ")}`;
}

function subscriptionPhrase(before: WatchedRecord, after: WatchedRecord): string | null {
  if (after.status !== before.status) {
    if (after.status === "cancelled") return "was cancelled";
    if (after.status === "active") return "was reactivated";
    return after.status === "expired" ? "expired" : `became ${after.status}`;
  }
  if (after.next_charge_scheduled_at !== before.next_charge_scheduled_at) {
    return after.next_charge_scheduled_at
      ? `had its next charge date moved to ${formatDate(after.next_charge_scheduled_at)}`
      : "lost its next charge date";
  }
  return null;
}

/** "was refunded", "had its next charge date moved to Dec 5, 2026", … ("was updated" when unknown). */
export function describeChange(
  noun: WatchedNoun,
  before: WatchedRecord,
  after: WatchedRecord,
  topic: string | null = null,
): string {
  const phrase = noun === "charge" ? chargePhrase(before, after) : subscriptionPhrase(before, after);
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
