import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DataTableRowLink } from "@/components/data-table/data-table-row-link";
import { DateCell } from "@/components/data-table/date-cell";
import type { BatchView } from "@/lib/api/batch-view";
import { batchTypeNames } from "@/lib/batches/types/batch-type-names";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import { BatchStatusBadge } from "./batch-status-badge";

const column = createDataTableColumnHelper<BatchView>();
const count = (n: number) => n.toLocaleString("en-US");

export function getBatchesTableColumns() {
  return column.columns([
    column.accessor("id", {
      header: "Batch",
      cell: ({ getValue }) => (
        <DataTableRowLink href={`/batches/${getValue()}`}>#{getValue()}</DataTableRowLink>
      ),
    }),
    column.accessor("batch_type", {
      header: "Type",
      cell: ({ getValue }) => batchTypeNames[getValue() as SubmittableBatchType]?.label ?? getValue(),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <BatchStatusBadge status={getValue()} />,
    }),
    column.display({
      id: "counts",
      header: "Succeeded / failed / total",
      meta: { align: "end" },
      cell: ({ row }) => (
        <span className="tabular-nums">
          {count(row.original.success_task_count)} / {count(row.original.fail_task_count)} /{" "}
          {count(row.original.total_task_count)}
        </span>
      ),
    }),
    column.accessor((batch) => batch.upload?.file_name ?? "", {
      id: "file",
      header: "File",
      cell: ({ getValue }) => <span className="block max-w-48 truncate">{getValue() || "—"}</span>,
    }),
    column.accessor((batch) => batch.upload?.created_by ?? "", { id: "created_by", header: "Uploaded by" }),
    column.accessor("created_at", {
      header: "Created",
      cell: ({ getValue }) => <DateCell value={getValue()} />,
    }),
  ]);
}
