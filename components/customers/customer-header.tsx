import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";

/** Breadcrumb back to the list, then the page's h1 and the actions area. */
export function CustomerHeader({
  customerId,
  title,
  description,
  actions,
}: {
  customerId: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-muted-foreground mb-2 text-sm">
        <ol className="flex items-center gap-1.5">
          <li>
            <Link href="/customers" className="hover:text-foreground underline-offset-4 hover:underline">
              Customers
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li aria-current="page" className="tabular-nums">
            #{customerId}
          </li>
        </ol>
      </nav>
      <PageHeader title={title} description={description} actions={actions} />
    </>
  );
}
