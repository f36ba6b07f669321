"use client";

import { useMemo, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { useCursorList } from "@/components/data-table/use-cursor-list";
import { useDataTable } from "@/components/data-table/use-data-table";
import { getErrorMessage } from "@/lib/queries/api-error";
import { auditQueries, type AuditRecord } from "@/lib/queries/audit";
import { describeAuditFilters } from "./audit-format";
import { AuditFilters } from "./audit-filters";
import { auditListUrl } from "./audit-list-url";
import { AuditRecordDrawer } from "./audit-record-drawer";
import { getAuditTableColumns } from "./audit-table-columns";

/** Every mutation attempt, newest first, cursor-paged; filters and page live in the URL. */
export function AuditTable() {
  const { list, query, rows, pagination } = useCursorList(auditListUrl, auditQueries.list);
  const [opened, setOpened] = useState<AuditRecord | null>(null);
  const columns = useMemo(() => getAuditTableColumns({ onOpenDetails: setOpened }), []);
  const table = useDataTable({ columns, data: rows, getRowId: (record) => record.id });

  return (
    <>
      <DataTable
        table={table}
        caption="Audit log, newest first"
        pageSize={list.state.limit}
        pageKey={list.state.cursor}
        isLoading={query.isPending}
        isPlaceholderData={query.isPlaceholderData}
        error={
          query.isError
            ? {
                message: getErrorMessage(query.error),
                onRetry: () => void query.refetch(),
                isRetrying: query.isFetching,
              }
            : null
        }
        emptyMessage={
          list.hasActiveFilters
            ? `No audit records for ${describeAuditFilters(list.state.filters)}.`
            : "No actions have been recorded yet."
        }
        onClearFilters={list.hasActiveFilters ? list.clearFilters : undefined}
        toolbar={<AuditFilters list={list} />}
        footer={<CursorPagination {...pagination} label="Audit log pages" />}
      />
      {opened ? <AuditRecordDrawer key={opened.id} record={opened} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
