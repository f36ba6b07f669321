"use client";

import { queryTableState } from "@/components/data-table/query-table-state";
import { useMemo, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { useCursorPager } from "@/components/data-table/use-cursor-pager";
import { useDataTable } from "@/components/data-table/use-data-table";
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
export function BatchTasksTable({ batchId, batchType }: { batchId: string; batchType: string }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const firstPage = new URLSearchParams({
    ...(outcome ? { status: outcome } : {}),
    sort_by: "id-asc",
    limit: String(PAGE_SIZE),
  }).toString();
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
        <DataTableSelectFilter
          label="Outcome"
          value={outcome}
          options={outcomes}
          onChange={setOutcome}
          allLabel="All tasks"
          className="w-48"
        />
      }
      footer={<CursorPagination label="Task pages" hideWhenSinglePage {...pagination} />}
      scrollAreaClassName="max-h-[36rem]"
    />
  );
}
