import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DateCell } from "@/components/data-table/date-cell";
import { MISSING_VALUE } from "@/components/data-table/format";
import { Button } from "@/components/ui/button";
import type { AuditRecord } from "@/lib/queries/audit";
import { auditActionLabel, auditRoleLabel } from "./audit-format";
import { AuditOutcomeBadge } from "./audit-outcome-badge";
import { AuditTargetLink } from "./audit-target-link";

const column = createDataTableColumnHelper<AuditRecord>();

/** The audit log's columns. Rows are not openable themselves: each has its own Details button. */
export function getAuditTableColumns({ onOpenDetails }: { onOpenDetails: (record: AuditRecord) => void }) {
  return column.columns([
    column.accessor("createdAt", {
      header: "Time",
      cell: ({ getValue }) => <DateCell value={getValue()} />,
    }),
    column.accessor("operatorEmail", {
      header: "Operator",
      cell: ({ row }) => (
        <div className="flex max-w-60 flex-col leading-tight">
          <span className="truncate">{row.original.operatorEmail ?? "Signed out"}</span>
          {row.original.operatorRole ? (
            <span className="text-muted-foreground text-xs">{auditRoleLabel(row.original.operatorRole)}</span>
          ) : null}
        </div>
      ),
    }),
    column.accessor("action", {
      header: "Action",
      cell: ({ getValue }) => auditActionLabel(getValue()),
    }),
    column.accessor("targetId", {
      header: "Target",
      cell: ({ row }) => <AuditTargetLink type={row.original.targetType} id={row.original.targetId} />,
    }),
    column.accessor("reason", {
      header: "Reason",
      cell: ({ getValue }) => {
        const reason = getValue();
        return reason ? (
          <span className="block max-w-64 truncate" title={reason}>
            {reason}
          </span>
        ) : (
          <span className="text-muted-foreground">{MISSING_VALUE}</span>
        );
      },
    }),
    column.accessor("outcome", {
      header: "Outcome",
      cell: ({ getValue }) => <AuditOutcomeBadge outcome={getValue()} />,
    }),
    column.accessor("httpStatus", {
      header: "HTTP / upstream",
      cell: ({ row }) => <StatusCodes record={row.original} />,
    }),
    column.display({
      id: "details",
      header: () => <span className="sr-only">Details</span>,
      cell: ({ row }) => (
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Details of record ${row.original.id}`}
          onClick={() => onOpenDetails(row.original)}
        >
          Details
        </Button>
      ),
    }),
  ]);
}

/** "422 · upstream 200", then Recharge's request id: small and muted, for support tickets. */
function StatusCodes({ record }: { record: AuditRecord }) {
  return (
    <div className="text-muted-foreground flex flex-col text-xs leading-tight tabular-nums">
      <span>
        {record.httpStatus}
        {record.upstreamStatus !== null ? ` · upstream ${record.upstreamStatus}` : ""}
      </span>
      {record.upstreamRequestId ? (
        <span className="max-w-40 truncate font-mono" title={record.upstreamRequestId}>
          {record.upstreamRequestId}
        </span>
      ) : null}
    </div>
  );
}
