import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { roleLabels, type Role } from "@/lib/auth/permissions";

/** What a non-admin sees at /batches/new: why, and a way on. */
export function BatchForbidden({ role }: { role: Role }) {
  return (
    <>
      <PageHeader title="New batch" />
      <div
        data-testid="batch-forbidden"
        className="bg-card flex flex-col items-center gap-2 rounded-lg border px-6 py-12 text-center"
      >
        <ShieldAlert aria-hidden="true" className="text-muted-foreground size-6" />
        <p className="font-medium">Only admins can start batches.</p>
        <p className="text-muted-foreground max-w-prose text-sm">
          You are signed in as {roleLabels[role]}. You can follow batches and download their results.
        </p>
        <Link href="/batches" className="mt-2 text-sm font-medium underline underline-offset-4">
          Back to batches
        </Link>
      </div>
    </>
  );
}
