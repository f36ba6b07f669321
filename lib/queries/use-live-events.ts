"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { fetchJson } from "./fetch-json";
import {
  invalidationsForAll,
  takeNewEvents,
  type LiveEvent,
  type LiveEventsPage,
  type LiveEventsState,
} from "./live-events";

/** A charge processed elsewhere must show within 5 s: webhook → poll (≤ 2 s) → refetch. */
export const LIVE_EVENTS_INTERVAL_MS = 2_000;
/** After a failed poll, wait longer: the server or the network is in trouble. */
const LIVE_EVENTS_ERROR_INTERVAL_MS = 10_000;

const eventsUrl = (cursor: string | null) =>
  cursor === null ? "/api/events" : `/api/events?since=${encodeURIComponent(cursor)}`;

/**
 * Keeps the open views current with Recharge: polls `GET /api/events` (a cheap indexed read, no open
 * connection), starting from "now" at the first call, and invalidates exactly the entries that show
 * a changed record. Polling pauses while the tab is hidden and resumes (at once) when it is shown.
 * Mount it once per tab, inside the signed-in layout: a 401 sends the browser to sign-in.
 */
export function useLiveEvents(options: { onEvents?: (events: LiveEvent[]) => void } = {}) {
  const queryClient = useQueryClient();
  const state = useRef<LiveEventsState>({ cursor: null, seen: new Set() });
  const onEvents = useRef(options.onEvents);
  useEffect(() => {
    onEvents.current = options.onEvents;
  }, [options.onEvents]);

  // The cursor is the poller's memory, not an input: keyed by it, every poll would be a new query.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- see above
  return useQuery({
    queryKey: ["live-events"],
    queryFn: async ({ signal }) => {
      const page = await fetchJson<LiveEventsPage>(eventsUrl(state.current.cursor), { signal });
      const events = takeNewEvents(state.current, page);
      // Not awaited: the refetches run on their own, the poll answers at once.
      for (const filter of invalidationsForAll(events)) void queryClient.invalidateQueries(filter);
      if (events.length > 0) onEvents.current?.(events);
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
