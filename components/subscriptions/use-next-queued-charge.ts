"use client";

import { useQuery } from "@tanstack/react-query";
import { upcomingChargesQuery } from "@/lib/list-url/subscription-charges-query";
import { chargeQueries } from "@/lib/queries/charges";

/**
 * The subscription's next queued charge, read again when a dialog opens: the page's "Upcoming
 * charges" query (same key, so the table refreshes with it), soonest first. `fresh` once this
 * opening's read has answered; a failed read is `failed`, never an empty list.
 */
export function useNextQueuedCharge(subscriptionId: number) {
  const query = useQuery({
    ...chargeQueries.list(upcomingChargesQuery(String(subscriptionId))),
    refetchOnMount: "always",
  });
  const answered = query.isFetchedAfterMount && !query.isFetching;
  return {
    charge: query.data?.data[0] ?? null,
    fresh: answered && query.isSuccess,
    failed: answered && query.isError,
    readAgain: () => void query.refetch(),
  };
}

export type NextQueuedCharge = ReturnType<typeof useNextQueuedCharge>;
