"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { SearchX } from "lucide-react";
import { PageHeader } from "@/components/layout/page-header";

/**
 * "No customer with id N": for the server's notFound() (the id comes from the URL) and for a
 * customer that disappears while the page is open (a 404 from the API).
 */
export function CustomerNotFound({ id }: { id?: string }) {
  const params = useParams<{ id?: string }>();
  const shownId = id ?? params?.id;
  return (
    <>
      <PageHeader title="Customer not found" />
      <div
        data-testid="customer-not-found"
        className="bg-card flex flex-col items-center gap-2 rounded-lg border px-6 py-12 text-center"
      >
        <SearchX aria-hidden="true" className="text-muted-foreground size-6" />
        <p className="font-medium">
          {shownId ? `No customer with id ${shownId}.` : "No customer with this id."}
        </p>
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
