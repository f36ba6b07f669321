import Link from "next/link";
import type { ReactNode } from "react";
import { SearchX } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";

/**
 * "No customer with id N": for the server's notFound() (the route's not-found.tsx passes <PathId />)
 * and for a customer that disappears while the page is open (a 404 from the API). No hooks, so the
 * not-found page renders it on the server.
 */
export function CustomerNotFound({ id }: { id: ReactNode }) {
  return (
    <>
      <PageHeader title="Customer not found" />
      <div
        data-testid="customer-not-found"
        className="bg-card flex flex-col items-center gap-2 rounded-lg border px-6 py-12 text-center"
      >
        <SearchX aria-hidden="true" className="text-muted-foreground size-6" />
        <p className="font-medium">No customer with id {id}.</p>
        <p className="text-muted-foreground max-w-prose text-sm">
          Recharge has no customer with this id. It may have been deleted, or the link may be wrong.
        </p>
        <Link href="/customers" className="mt-2 text-sm font-medium underline underline-offset-4">
          Find a customer
        </Link>
      </div>
    </>
  );
}
