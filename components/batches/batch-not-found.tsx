import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";

/** "No batch with id N": for the page's notFound() (the id comes from the path) and a 404 on first read. */
export function BatchNotFound({ id }: { id: ReactNode }) {
  return (
    <div>
      <PageHeader title="Batch not found" />
      <div className="bg-card max-w-2xl rounded-lg border p-6" data-testid="detail-not-found">
        <p className="font-medium">No batch with id {id}.</p>
        <p className="text-muted-foreground mt-1 text-sm">
          Recharge has no async batch with this id. The batches uploaded here are listed on the Batches page.
        </p>
        <Link href="/batches" className="mt-4 inline-block text-sm font-medium underline underline-offset-4">
          Back to batches
        </Link>
      </div>
    </div>
  );
}
