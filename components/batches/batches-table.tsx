"use client";

import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { batchQueries } from "@/lib/queries/batches";
import { batchListUrl } from "./batch-list-url";
import { getBatchesTableColumns } from "./batches-table-columns";

const columns = getBatchesTableColumns();

/** Batches uploaded from the dashboard, newest first, with live status and who uploaded them. */
export function BatchesTable() {
  return (
    <CursorListTable
      definition={batchListUrl}
      pageQuery={batchQueries.list}
      columns={columns}
      caption="Batches"
      emptyMessage="No batches uploaded yet."
      rowHref={(batch) => `/batches/${batch.id}`}
    />
  );
}
