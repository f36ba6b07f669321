"use client";

import { useQuery, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { useCallback, useState, useSyncExternalStore } from "react";
import { useOperator } from "@/components/auth/operator-context";
import { parseRechargeTime } from "@/components/data-table/format";
import { latestLiveEventFor, subscribeLiveEvents, type RelatedEvents } from "@/lib/queries/live-event-bus";
import type { LiveEvent } from "@/lib/queries/live-events";
import {
  describeChange,
  hasChanged,
  newestReading,
  readingKey,
  type ChangeAuthor,
  type WatchedNoun,
  type WatchedRecord,
} from "./record-change";

export interface RecordChange {
  noun: WatchedNoun;
  /** "was refunded", "had its next charge date moved to …" */
  what: string;
  author: ChangeAuthor;
  /** When the change's webhook reached us; null until it has. */
  atMs: number | null;
}

/** What an action dialog needs to know about its record changing under it (see ActionDialog). */
export interface ActionGuardState {
  change: RecordChange | null;
  /** Set when the action cannot be taken on the record as it is now: confirm stays disabled. */
  unavailable: string | null;
  /** The operator has seen the current state and chose to go on with it. */
  acknowledged: boolean;
  setAcknowledged: (checked: boolean) => void;
}

interface WatchOptions<T extends WatchedRecord, K extends QueryKey> {
  noun: WatchedNoun;
  /** The record as the page showed it when the dialog opened. */
  record: T;
  /** Its detail query: read again on open, and again whenever a live event invalidates it. */
  detailQuery: UseQueryOptions<T, Error, T, K>;
  /** Whether the action may still be taken on the record in this state (or after this change), and if not, why. */
  unavailableIn: (current: T, opened: T) => string | null;
  /** Events about other records that report a change of this one. */
  related?: RelatedEvents;
}

const liveResource: Record<WatchedNoun, string> = {
  charge: "charge",
  subscription: "subscription",
  // No webhook topic names a discount (recharge-api.md §8): no event ever matches, and the watch is
  // the detail query's re-reads alone (record-targets.ts). Its author then reads as unknown.
  discount: "discount",
  // `address/updated` (a discount applied or removed elsewhere too) names the address.
  address: "address",
};

/**
 * Watches the record an action dialog acts on: re-reads it when the dialog opens and on every live
 * event, keeps the newest reading, and says what changed, when and by whom, so the operator confirms
 * against the record as it is now, never as it was. After a change, confirming needs an explicit
 * "I've checked" (per state: a later change asks again), and is refused when the action no longer
 * applies (a charge refunded elsewhere cannot be skipped).
 */
export function useWatchedRecord<T extends WatchedRecord, K extends QueryKey>(
  options: WatchOptions<T, K>,
): ActionGuardState & { current: T } {
  const { noun, record } = options;
  const [opened] = useState(() => ({ record, atMs: Date.now() }));
  const [acknowledgedKey, setAcknowledgedKey] = useState<string | null>(null);
  const reread = useQuery({ ...options.detailQuery, refetchOnMount: "always" });
  const current = newestReading([opened.record, record, reread.data]);
  const event = useSyncExternalStore(
    subscribeLiveEvents,
    () => latestLiveEventFor(liveResource[noun], String(opened.record.id), options.related),
    () => null,
  );
  const operator = useOperator();
  const setAcknowledged = useCallback(
    (checked: boolean) => setAcknowledgedKey(checked ? readingKey(current) : null),
    [current],
  );

  if (!hasChanged(opened.record, current)) {
    return { current, change: null, unavailable: null, acknowledged: true, setAcknowledged };
  }
  const cause = event && isAbout(event, opened) ? event : null;
  const change: RecordChange = {
    noun,
    what: describeChange(noun, opened.record, current, cause?.topic ?? null),
    author: authorOf(cause, operator?.email ?? null),
    atMs: cause ? Date.parse(cause.receivedAt) : null,
  };
  return {
    current,
    change,
    unavailable: options.unavailableIn(current, opened.record),
    acknowledged: acknowledgedKey === readingKey(current),
    setAcknowledged,
  };
}

/** An event explains the change only if it came after the state the dialog opened with. */
function isAbout(event: LiveEvent, opened: { record: WatchedRecord; atMs: number }): boolean {
  if (Date.parse(event.receivedAt) >= opened.atMs) return true;
  // Received before the dialog opened, yet about a later state than the page showed (a stale row).
  const eventUpdated = parseRechargeTime(event.updatedAt)?.ms;
  return eventUpdated !== undefined && eventUpdated > (parseRechargeTime(opened.record.updated_at)?.ms ?? 0);
}

function authorOf(event: LiveEvent | null, myEmail: string | null): ChangeAuthor {
  if (!event) return { kind: "unknown" };
  if (!event.actorEmail) return { kind: "elsewhere" };
  return {
    kind: "operator",
    email: event.actorEmail,
    name: event.actorName ?? event.actorEmail,
    isYou: myEmail !== null && myEmail.toLowerCase() === event.actorEmail.toLowerCase(),
  };
}
