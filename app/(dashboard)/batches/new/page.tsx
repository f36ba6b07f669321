import type { Metadata } from "next";
import { NewBatchPage } from "@/components/batches/new-batch-page";
import { ForbiddenPanel } from "@/components/layout/forbidden-panel";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New batch" };

export default async function NewBatchRoute({ searchParams }: PageProps<"/batches/new">) {
  const operator = await requirePageOperator();
  if (!can(operator.role, "batches:write")) {
    return (
      <ForbiddenPanel
        title="New batch"
        reason="Only admins can start batches."
        instead="You can follow batches and download their results."
        role={operator.role}
        back={{ href: "/batches", label: "Back to batches" }}
        testId="batch-forbidden"
      />
    );
  }
  const { retry } = await searchParams;
  const retryOf = typeof retry === "string" && /^\d{1,15}$/.test(retry) ? retry : null;
  return (
    <>
      <PageHeader
        title={retryOf ? `Retry the failed rows of batch #${retryOf}` : "New batch"}
        description="Rows are checked in your browser before anything is sent; only rows that pass are submitted."
      />
      <NewBatchPage retryOf={retryOf} />
    </>
  );
}
