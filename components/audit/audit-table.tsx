"use client";

import { useMemo, useState } from "react";
import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { hasActiveFilters } from "@/lib/list-url/list-url-state";
import { auditQueries, type AuditRecord } from "@/lib/queries/audit";
import { describeAuditFilters } from "./audit-format";
import { auditListToolbar } from "./audit-list-toolbar";
import { auditListUrl } from "./audit-list-url";
import { AuditRecordDrawer } from "./audit-record-drawer";
import { getAuditTableColumns } from "./audit-table-columns";

/** Every mutation attempt, newest first, cursor-paged; filters and page live in the URL. */
export function AuditTable() {
  const [opened, setOpened] = useState<AuditRecord | null>(null);
  const columns = useMemo(() => getAuditTableColumns({ onOpenDetails: setOpened }), []);

  return (
    <>
      <CursorListTable
        definition={auditListUrl}
        pageQuery={auditQueries.list}
        columns={columns}
        caption="Audit log, newest first"
        exportAs={{ resource: "audit", noun: "audit records" }}
        toolbar={auditListToolbar}
        emptyMessage={(filters) =>
          hasActiveFilters({ filters })
            ? `No audit records for ${describeAuditFilters(filters)}.`
            : "No actions have been recorded yet."
        }
        paginationLabel="Audit log pages"
      />
      {opened ? <AuditRecordDrawer key={opened.id} record={opened} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
