"use client";

import { lazy, Suspense, useMemo, useState } from "react";
import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { hasActiveFilters } from "@/lib/list-url/list-url-state";
import { auditQueries, type AuditRecord } from "@/lib/queries/audit";
import { describeAuditFilters } from "./audit-format";
import { auditListToolbar } from "./audit-list-toolbar";
import { auditListUrl } from "./audit-list-url";
import { getAuditTableColumns } from "./audit-table-columns";

// The drawer (a Radix dialog with its focus trap and scroll lock, ~12 kB gzip) loads on the first
// "Details", not with the page (React.lazy, as components/export does). It takes the focus to return
// when it mounts: still the row's Details button, which nothing moves while the chunk arrives.
const AuditRecordDrawer = lazy(() =>
  import("./audit-record-drawer").then((module) => ({ default: module.AuditRecordDrawer })),
);

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
      {opened ? (
        <Suspense fallback={null}>
          <AuditRecordDrawer key={opened.id} record={opened} onClose={() => setOpened(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
