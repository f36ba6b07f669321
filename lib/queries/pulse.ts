import { queryOptions } from "@tanstack/react-query";
import { pulseRefetchInterval, type PulseView } from "@/lib/pulse/pulse-view";
import { fetchJson } from "./fetch-json";

export const pulseKeys = { all: ["pulse"] as const };

/**
 * The overview's tiles (`GET /api/pulse`): hydrated from the server's prefetch, then asked again
 * while a walk runs or a batch moves (pulseRefetchInterval), and when a live event names one of the
 * tiles' topics (live-events.ts). react-query pauses the interval while the tab is hidden.
 */
export function pulseQuery() {
  return queryOptions({
    queryKey: pulseKeys.all,
    queryFn: ({ signal }) =>
      fetchJson<{ data: PulseView }>("/api/pulse", { signal }).then((body) => body.data),
    refetchInterval: (query) => pulseRefetchInterval(query.state.data),
  });
}
