import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { customerListUrl } from "@/lib/list-url/customer-list-url";
import { CustomersTable } from "@/components/customers/customers-table";
import { loadListUrlState, toListQueryString } from "@/lib/list-url/list-url-state";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageOperator } from "@/lib/auth/session";
import { listPagePrefetch } from "@/lib/queries/server-prefetch";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: PageProps<"/customers">) {
  await requirePageOperator();
  const state = loadListUrlState(customerListUrl, await searchParams);
  const dehydrated = await listPagePrefetch("customers", toListQueryString(state));
  return (
    <>
      <PageHeader
        title="Customers"
        description="Find a customer by exact email address or id, or browse by when they signed up."
      />
      <HydrationBoundary state={dehydrated}>
        <CustomersTable />
      </HydrationBoundary>
    </>
  );
}
