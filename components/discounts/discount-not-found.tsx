import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";

/**
 * "No discount with id N". Rendered by the route's not-found.tsx (which gets no params, so the id is
 * read from the path) and by the detail view when a read answers 404 (the code was deleted).
 */
export function DiscountNotFound({ id }: { id: ReactNode }) {
  return (
    <div>
      <PageHeader title="Discount not found" />
      <div className="bg-card max-w-2xl rounded-lg border p-6" data-testid="detail-not-found">
        <p className="font-medium">No discount with id {id}.</p>
        <p className="text-muted-foreground mt-1 text-sm">
          It may have been deleted. Find codes by their name in the list.
        </p>
        <Link
          href="/discounts"
          className="mt-4 inline-block text-sm font-medium underline underline-offset-4"
        >
          Back to discounts
        </Link>
      </div>
    </div>
  );
}
