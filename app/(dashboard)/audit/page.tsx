import type { Metadata } from "next";
import { AuditForbidden } from "@/components/audit/audit-forbidden";
import { AuditTable } from "@/components/audit/audit-table";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

// No server prefetch: the log is read from our own database by `/api/audit` (cursor signing and
// filter parsing live in that route), so the table starts with its skeleton and loads in the browser.
export default async function AuditPage() {
  const operator = await requirePageOperator();
  if (!can(operator.role, "audit:read")) return <AuditForbidden role={operator.role} />;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change attempted from this dashboard — applied, refused or failed — newest first. Times in your zone; hover for UTC."
      />
      <AuditTable />
    </>
  );
}
