"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { getErrorMessage } from "@/lib/queries/api-error";
import { RetryButton } from "./retry-button";

/**
 * Above something whose latest re-read failed (a live update's refresh, a Refresh): it stays on
 * screen, but the operator is told that it may be out of date, why, and since when, before acting on
 * it. A failed *first* read is an error panel instead: there is nothing to keep.
 */
export function StaleNotice({
  subject,
  message,
  readAt,
  onRefresh,
  refreshing,
  testId = "record-stale",
}: {
  /** "this charge", "this list". */
  subject: string;
  message: string;
  /** When what is on screen was read (react-query's `dataUpdatedAt`). */
  readAt: number;
  onRefresh: () => void;
  refreshing: boolean;
  testId?: string;
}) {
  return (
    <div
      role="status"
      data-testid={testId}
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-600/40 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p>
        Could not refresh {subject}: {message} It is shown as read at {new Date(readAt).toLocaleTimeString()}{" "}
        and may have changed since.
      </p>
      <RetryButton onRetry={onRefresh} retrying={refreshing} label="Refresh" busyLabel="Refreshing…" />
    </div>
  );
}

/** StaleNotice for a detail page's record query; nothing while the query is fine. */
export function StaleRecordNotice({ noun, query }: { noun: string; query: UseQueryResult<unknown> }) {
  if (!query.isError || query.data === undefined) return null;
  return (
    <StaleNotice
      subject={`this ${noun}`}
      message={getErrorMessage(query.error)}
      readAt={query.dataUpdatedAt}
      onRefresh={() => void query.refetch()}
      refreshing={query.isFetching}
    />
  );
}
