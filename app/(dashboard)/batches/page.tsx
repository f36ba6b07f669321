import type { Metadata } from "next";
import { Plus } from "lucide-react";
import Link from "next/link";
import { BatchesTable } from "@/components/batches/batches-table";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClassName } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Batches" };

// No server prefetch: the list comes from our own records joined with Recharge's live status, which
// `/api/batches` assembles; the table starts with its skeleton.
export default async function BatchesPage() {
  const operator = await requirePageOperator();
  return (
    <>
      <PageHeader
        title="Batches"
        description="Bulk changes sent to Recharge as async batches from this dashboard, newest first."
        actions={
          can(operator.role, "batches:write") ? (
            <Link href="/batches/new" className={buttonClassName()}>
              <Plus aria-hidden="true" className="size-4" />
              New batch
            </Link>
          ) : null
        }
      />
      <BatchesTable />
    </>
  );
}
