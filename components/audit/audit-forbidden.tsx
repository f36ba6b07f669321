import Link from "next/link";
import { ShieldAlert } from "lucide-react";
import { roleLabels, type Role } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/layout/page-header";

/** What a non-admin sees at /audit: why there is nothing, and a way on. Not an error, not a redirect. */
export function AuditForbidden({ role }: { role: Role }) {
  return (
    <>
      <PageHeader title="Audit log" />
      <div
        data-testid="audit-forbidden"
        className="bg-card flex flex-col items-center gap-2 rounded-lg border px-6 py-12 text-center"
      >
        <ShieldAlert aria-hidden="true" className="text-muted-foreground size-6" />
        <p className="font-medium">Only admins can see the audit log.</p>
        <p className="text-muted-foreground max-w-prose text-sm">
          You are signed in as {roleLabels[role]}. Ask an admin if you need to know who changed a record.
        </p>
        <Link href="/" className="mt-2 text-sm font-medium underline underline-offset-4">
          Back to the overview
        </Link>
      </div>
    </>
  );
}
