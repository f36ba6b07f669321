import { createDataTableColumnHelper } from "@/components/data-table/data-table-features";
import { DateCell } from "@/components/data-table/date-cell";
import { taskOutcome } from "@/lib/batches/task-result";
import { batchTypeNames } from "@/lib/batches/types/batch-type-names";
import type { AsyncBatchTask } from "@/lib/recharge/schemas/async-batch-task";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import { BatchStatusBadge } from "./batch-status-badge";

const column = createDataTableColumnHelper<AsyncBatchTask>();

/** A batch's tasks: which record, how it ended, and why when it failed. */
export function batchTaskColumns(batchType: string) {
  const names = batchTypeNames[batchType as SubmittableBatchType];
  return column.columns([
    column.accessor("id", {
      header: "Task",
      cell: ({ getValue }) => <span className="tabular-nums">#{getValue()}</span>,
    }),
    column.display({
      id: "record",
      header: names?.taskHeader ?? "Discount",
      cell: ({ row }) => (names ? names.describeBody(row.original.body) : JSON.stringify(row.original.body)),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <BatchStatusBadge status={getValue()} />,
    }),
    column.display({
      id: "outcome",
      header: "Result",
      cell: ({ row }) => <span className="whitespace-normal">{taskOutcome(row.original)}</span>,
    }),
    column.accessor("completed_at", {
      header: "Finished",
      cell: ({ getValue }) => <DateCell value={getValue()} />,
    }),
  ]);
}
