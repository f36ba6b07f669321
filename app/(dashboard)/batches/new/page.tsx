import type { Metadata } from "next";
import { BatchForbidden } from "@/components/batches/batch-forbidden";
import { NewBatchPage } from "@/components/batches/new-batch-page";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New batch" };

export default async function NewBatchRoute({ searchParams }: PageProps<"/batches/new">) {
  const operator = await requirePageOperator();
  if (!can(operator.role, "batches:write")) return <BatchForbidden role={operator.role} />;
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
