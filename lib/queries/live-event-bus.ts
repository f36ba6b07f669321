import type { LiveEvent } from "@/lib/db/webhook-events";

/**
 * The tab's recent live events, for components that need more than a refetch: an open action dialog
 * asks "did my record change, when, and who did it?". The one poller (useLiveEvents) publishes; readers
 * subscribe with useSyncExternalStore. Module state is per tab, which is exactly the poller's scope.
 */

/** Enough to answer for any record on screen; a batch's flood simply pushes old events out. */
const KEEP = 500;

let recent: LiveEvent[] = [];
const listeners = new Set<() => void>();

export function publishLiveEvents(events: readonly LiveEvent[]): void {
  if (events.length === 0) return;
  recent = [...recent, ...events].slice(-KEEP);
  for (const listener of listeners) listener();
}

export function subscribeLiveEvents(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Events about other records that also change this one (a subscription skipped within a charge). */
export interface RelatedEvents {
  resource: string;
  ids: readonly string[];
  topics: readonly string[];
}

/**
 * The newest event about one record, or about a related record with one of the related topics, or
 * null. Returns the stored object, so it is a stable snapshot.
 */
export function latestLiveEventFor(
  resource: string,
  resourceId: string,
  related?: RelatedEvents,
): LiveEvent | null {
  for (let index = recent.length - 1; index >= 0; index--) {
    const event = recent[index]!;
    if (event.resource === resource && event.resourceId === resourceId) return event;
    if (
      related &&
      event.resource === related.resource &&
      related.topics.includes(event.topic) &&
      related.ids.includes(event.resourceId)
    )
      return event;
  }
  return null;
}
