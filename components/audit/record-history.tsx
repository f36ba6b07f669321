"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { useCan } from "@/components/auth/operator-context";
import { DateCell } from "@/components/data-table/date-cell";
import { DetailSection } from "@/components/layout/detail-section";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { getErrorMessage } from "@/lib/queries/api-error";
import { auditQueries, type AuditRecord } from "@/lib/queries/audit";
import { auditActionLabel, auditRoleLabel, auditTargetTypeLabel } from "./audit-format";
import { AuditOutcomeBadge } from "./audit-outcome-badge";

export interface RecordHistoryProps {
  /** The audit log's target type: "charge", "subscription", "customer", "discount". */
  targetType: string;
  targetId: string;
}

/**
 * A detail page's "History": the newest audit records of this record, for operators who may read the
 * audit log (for anyone else it renders nothing at all, not an empty card). Refreshes when an action
 * succeeds, because every action invalidates `auditQueries.keys.all`.
 */
export function RecordHistory(props: RecordHistoryProps) {
  const canRead = useCan("audit:read");
  return canRead ? <RecordHistorySection {...props} /> : null;
}

function RecordHistorySection({ targetType, targetId }: RecordHistoryProps) {
  const query = useQuery(auditQueries.history(targetType, targetId));
  const logHref = `/audit?${new URLSearchParams({ target_type: targetType, target_id: targetId })}`;

  let body: ReactNode;
  if (query.isError && !query.data) {
    body = (
      <div className="space-y-2 text-sm" data-testid="record-history-error">
        <p className="font-medium">The history could not be loaded.</p>
        <p className="text-muted-foreground">{getErrorMessage(query.error)}</p>
        <Button
          variant="secondary"
          size="sm"
          className="aria-disabled:opacity-50"
          aria-disabled={query.isFetching || undefined}
          onClick={query.isFetching ? undefined : () => void query.refetch()}
        >
          {query.isFetching ? "Retrying…" : "Retry"}
        </Button>
      </div>
    );
  } else if (!query.data) {
    body = (
      <div aria-busy="true" className="space-y-3">
        <span className="sr-only">Loading history…</span>
        <Skeleton className="h-10" />
        <Skeleton className="h-10" />
      </div>
    );
  } else if (query.data.length === 0) {
    body = (
      <p className="text-muted-foreground text-sm">
        Nothing has been done to this {auditTargetTypeLabel(targetType).toLowerCase()} from this dashboard.
      </p>
    );
  } else {
    body = (
      <ol className="divide-y text-sm">
        {query.data.map((record) => (
          <HistoryEntry key={record.id} record={record} />
        ))}
      </ol>
    );
  }

  return (
    <DetailSection title="History">
      {body}
      <Link href={logHref} className="mt-4 inline-block text-sm font-medium underline underline-offset-4">
        See all in the audit log
      </Link>
    </DetailSection>
  );
}

function HistoryEntry({ record }: { record: AuditRecord }) {
  const role = auditRoleLabel(record.operatorRole);
  return (
    <li className="space-y-1 py-2.5 first:pt-0 last:pb-0" data-testid="record-history-entry">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="font-medium">{auditActionLabel(record.action)}</span>
        <AuditOutcomeBadge outcome={record.outcome} />
      </div>
      <p className="text-muted-foreground text-xs">
        {record.operatorEmail ?? "Signed out"}
        {role ? ` (${role})` : ""} · <DateCell value={record.createdAt} />
      </p>
      {record.reason ? <p className="break-words">“{record.reason}”</p> : null}
    </li>
  );
}
