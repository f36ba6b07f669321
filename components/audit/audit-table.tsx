"use client";

import { useMemo, useState } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { useCursorListTable } from "@/components/data-table/use-cursor-list-table";
import { auditQueries, type AuditRecord } from "@/lib/queries/audit";
import { describeAuditFilters } from "./audit-format";
import { AuditFilters } from "./audit-filters";
import { auditListUrl } from "./audit-list-url";
import { AuditRecordDrawer } from "./audit-record-drawer";
import { getAuditTableColumns } from "./audit-table-columns";

/** Every mutation attempt, newest first, cursor-paged; filters and page live in the URL. */
export function AuditTable() {
  const [opened, setOpened] = useState<AuditRecord | null>(null);
  const columns = useMemo(() => getAuditTableColumns({ onOpenDetails: setOpened }), []);
  const { list, tableProps, pagination } = useCursorListTable({
    definition: auditListUrl,
    pageQuery: auditQueries.list,
    columns,
    getRowId: (record) => record.id,
  });

  return (
    <>
      <DataTable
        {...tableProps}
        caption="Audit log, newest first"
        emptyMessage={
          list.hasActiveFilters
            ? `No audit records for ${describeAuditFilters(list.state.filters)}.`
            : "No actions have been recorded yet."
        }
        toolbar={<AuditFilters list={list} />}
        footer={<CursorPagination {...pagination} label="Audit log pages" />}
      />
      {opened ? <AuditRecordDrawer key={opened.id} record={opened} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
