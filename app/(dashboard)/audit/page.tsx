import type { Metadata } from "next";
import { AuditTable } from "@/components/audit/audit-table";
import { ForbiddenPanel } from "@/components/layout/forbidden-panel";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

// No server prefetch: the log is read from our own database by `/api/audit` (cursor signing and
// filter parsing live in that route), so the table starts with its skeleton and loads in the browser.
export default async function AuditPage() {
  const operator = await requirePageOperator();
  if (!can(operator.role, "audit:read")) {
    return (
      <ForbiddenPanel
        title="Audit log"
        reason="Only admins can see the audit log."
        instead="Ask an admin if you need to know who changed a record."
        role={operator.role}
        back={{ href: "/", label: "Back to the overview" }}
        testId="audit-forbidden"
      />
    );
  }
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
