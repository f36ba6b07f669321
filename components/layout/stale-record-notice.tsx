"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/queries/api-error";

/**
 * Above a record whose latest re-read failed (a live update's refresh, a Retry): the record stays on
 * screen, but the operator is told that it may be out of date, why, and since when, before acting on
 * it. Renders nothing while the record's query is fine.
 */
export function StaleRecordNotice({ noun, query }: { noun: string; query: UseQueryResult<unknown> }) {
  if (!query.isError || query.data === undefined) return null;
  const refreshing = query.isFetching;
  return (
    <div
      role="status"
      data-testid="record-stale"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-600/40 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>
        Could not refresh this {noun}: {getErrorMessage(query.error)} It is shown as read at{" "}
        {new Date(query.dataUpdatedAt).toLocaleTimeString()} and may have changed since.
      </p>
      <Button
        variant="secondary"
        size="sm"
        className="aria-disabled:opacity-50"
        // aria-disabled, not disabled: a disabled button drops keyboard focus mid-refresh.
        aria-disabled={refreshing || undefined}
        onClick={refreshing ? undefined : () => void query.refetch()}
      >
        <RefreshCw aria-hidden="true" className="size-3.5" />
        {refreshing ? "Refreshing…" : "Refresh"}
      </Button>
    </div>
  );
}
