"use client";

import type { UseQueryResult } from "@tanstack/react-query";

/**
 * On a record page opened from a list: while the page shows the row the list held (react-query
 * placeholder data, resourceQueries().seededDetail) and the record's own read is on its way, a quiet
 * line says so. The operator can read at once, and knows this is not yet Recharge's answer (a
 * dialog opened meanwhile still checks the fresh record before it confirms). Nothing otherwise.
 */
export function SeededRecordNote({ noun, query }: { noun: string; query: UseQueryResult<unknown> }) {
  if (!query.isPlaceholderData) return null;
  return (
    <p role="status" data-testid="record-confirming" className="text-muted-foreground text-sm">
      Shown from the list · checking this {noun} with Recharge…
    </p>
  );
}
