"use client";

import { useRouter } from "next/navigation";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { useCursorListTable } from "@/components/data-table/use-cursor-list-table";
import { batchQueries } from "@/lib/queries/batches";
import { batchListUrl } from "./batch-list-url";
import { getBatchesTableColumns } from "./batches-table-columns";

const columns = getBatchesTableColumns();

/** Batches uploaded from the dashboard, newest first, with live status and who uploaded them. */
export function BatchesTable() {
  const router = useRouter();
  const { tableProps, pagination } = useCursorListTable({
    definition: batchListUrl,
    pageQuery: batchQueries.list,
    columns,
    getRowId: (batch) => String(batch.id),
  });
  return (
    <DataTable
      {...tableProps}
      caption="Batches"
      emptyMessage="No batches uploaded yet."
      onRowOpen={(batch) => router.push(`/batches/${batch.id}`)}
      footer={<CursorPagination {...pagination} />}
    />
  );
}
