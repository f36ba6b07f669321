"use client";

import { queryTableState } from "@/components/data-table/query-table-state";
import { useMemo, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useCursorPager } from "@/components/data-table/use-cursor-pager";
import { useDataTable } from "@/components/data-table/use-data-table";
import { ExportCsvButton } from "@/components/export/export-csv-button";
import { useLocalPosition } from "@/components/data-table/use-local-position";
import { batchTasksQuery } from "@/lib/queries/batches";
import { batchTaskColumns } from "./batch-tasks-columns";

const PAGE_SIZE = 25;
const outcomes = [
  { value: "failed", label: "Failed" },
  { value: "completed", label: "Succeeded" },
] as const;
type Outcome = (typeof outcomes)[number]["value"];

/** The tasks of one batch, a cursor page at a time, optionally only the failed or the succeeded. */
export function BatchTasksTable({
  batchId,
  batchType,
  taskCount,
}: {
  batchId: string;
  batchType: string;
  /** The batch's task count: an export of all its tasks knows its time left. */
  taskCount: number;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const exportQuery = new URLSearchParams({
    ...(outcome ? { status: outcome } : {}),
    sort_by: "id-asc",
  }).toString();
  const firstPage = `${exportQuery}&limit=${PAGE_SIZE}`;
  const pageQuery = useMemo(() => batchTasksQuery(batchId), [batchId]);
  const position = useLocalPosition(firstPage, PAGE_SIZE);
  const { query, rows, pagination, pageKey } = useCursorPager(position, pageQuery);
  const columns = useMemo(() => batchTaskColumns(batchType), [batchType]);
  const table = useDataTable({ columns, data: rows, getRowId: (task) => String(task.id) });
  const label = outcome === "failed" ? "failed " : outcome === "completed" ? "succeeded " : "";

  return (
    <DataTable
      table={table}
      caption="Tasks"
      pageSize={PAGE_SIZE}
      pageKey={pageKey}
      {...queryTableState(query)}
      emptyMessage={`No ${label}tasks.`}
      toolbar={
        <div className="flex flex-wrap items-end justify-between gap-3">
          <DataTableSelectFilter
            label="Outcome"
            value={outcome}
            options={outcomes}
            onChange={setOutcome}
            allLabel="All tasks"
            className="w-48"
          />
          <ExportCsvButton
            resource="batch_tasks"
            batchId={Number(batchId)}
            noun={`${label}tasks of batch ${batchId}`}
            query={exportQuery}
            expectedRows={outcome === null ? taskCount : undefined}
          />
        </div>
      }
      footer={<CursorPagination label="Task pages" hideWhenSinglePage {...pagination} />}
      scrollAreaClassName="max-h-[36rem]"
    />
  );
}
