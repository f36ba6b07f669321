import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { loadListUrlState, toListQueryString } from "@/lib/list-url/list-url-state";
import { discountListUrl } from "@/lib/list-url/discount-list-url";
import { DiscountsTable } from "@/components/discounts/discounts-table";
import { NewDiscountLink } from "@/components/discounts/new-discount-link";
import { PageHeader } from "@/components/layout/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";
import { listPagePrefetch } from "@/lib/queries/server-prefetch";

export const metadata: Metadata = { title: "Discounts" };

export default async function DiscountsPage({ searchParams }: PageProps<"/discounts">) {
  const operator = await requirePageOperator();
  const state = loadListUrlState(discountListUrl, await searchParams);
  const dehydrated = await listPagePrefetch("discounts", toListQueryString(state));
  return (
    <>
      <PageHeader
        title="Discounts"
        description="Discount codes, newest first. Codes are unique in the store, whatever their case."
        actions={can(operator.role, "discounts:write") ? <NewDiscountLink /> : null}
      />
      <HydrationBoundary state={dehydrated}>
        <DiscountsTable />
      </HydrationBoundary>
    </>
  );
}
