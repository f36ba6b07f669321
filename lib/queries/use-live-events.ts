"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { EVENTS_PER_CALL } from "@/lib/schemas/events-limits";
import { fetchJson } from "./fetch-json";
import { publishLiveEvents } from "./live-event-bus";
import {
  invalidationsForAll,
  takeNewEvents,
  type LiveEvent,
  type LiveEventsPage,
  type LiveEventsState,
} from "./live-events";

/** A charge processed elsewhere must show within 5 s: webhook → poll (≤ 2 s) → refetch. */
export const LIVE_EVENTS_INTERVAL_MS = 2_000;
/** Catch-up calls in one poll when answers come back full (see the queryFn). */
const MAX_CALLS_PER_POLL = 10;
/** After a failed poll, wait longer: the server or the network is in trouble. */
const LIVE_EVENTS_ERROR_INTERVAL_MS = 10_000;

const eventsUrl = (cursor: string | null) =>
  cursor === null ? "/api/events" : `/api/events?since=${encodeURIComponent(cursor)}`;

/**
 * Keeps the open views current with Recharge: polls `GET /api/events` (a cheap indexed read, no open
 * connection), starting from "now" at the first call, and invalidates exactly the entries that show
 * a changed record. The events themselves go to the live-event bus (open dialogs read it). Polling
 * pauses while the tab is hidden and resumes (at once) when it is shown. Mount it once per tab, inside
 * the signed-in layout: a 401 sends the browser to sign-in.
 */
export function useLiveEvents() {
  const queryClient = useQueryClient();
  const state = useRef<LiveEventsState>({ cursor: null, seen: new Set() });

  // The cursor is the poller's memory, not an input: keyed by it, every poll would be a new query.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- see above
  return useQuery({
    queryKey: ["live-events"],
    queryFn: async ({ signal }) => {
      // A bulk change upstream (a batch of thousands of discounts) can outrun one answer: while
      // answers come back full and the cursor moves, ask again at once, so a charge processed in the
      // middle of a batch is not seconds behind. Bounded, so a flood cannot keep one poll busy.
      const events: LiveEvent[] = [];
      let page: LiveEventsPage;
      let calls = 0;
      do {
        const from = state.current.cursor;
        page = await fetchJson<LiveEventsPage>(eventsUrl(from), { signal });
        events.push(...takeNewEvents(state.current, page));
        calls += 1;
        if (page.cursor === from) break;
      } while (page.data.length >= EVENTS_PER_CALL && calls < MAX_CALLS_PER_POLL);
      // Not awaited: the refetches run on their own, the poll answers at once.
      // cancelRefetch: false — a read already in flight (or retrying) is left to finish. Cancelling it
      // on every event would keep a failing read "loading" forever while events keep coming, and the
      // operator would never see its error and Retry.
      for (const filter of invalidationsForAll(events)) {
        void queryClient.invalidateQueries(filter, { cancelRefetch: false });
      }
      publishLiveEvents(events);
      return { cursor: page.cursor, received: events.length };
    },
    refetchInterval: (query) =>
      query.state.status === "error" ? LIVE_EVENTS_ERROR_INTERVAL_MS : LIVE_EVENTS_INTERVAL_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
    retry: false,
  });
}
