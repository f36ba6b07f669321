import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { chargeListUrl } from "@/lib/list-url/charge-list-url";
import { ChargesTable } from "@/components/charges/charges-table";
import { loadListUrlState, toListQueryString } from "@/lib/list-url/list-url-state";
import { PageHeader } from "@/components/layout/page-header";
import { requirePageOperator } from "@/lib/auth/session";
import { listPagePrefetch } from "@/lib/queries/server-prefetch";

export const metadata: Metadata = { title: "Charges" };

export default async function ChargesPage({ searchParams }: PageProps<"/charges">) {
  await requirePageOperator();
  const state = loadListUrlState(chargeListUrl, await searchParams);
  const dehydrated = await listPagePrefetch("charges", toListQueryString(state));
  return (
    <>
      <PageHeader
        title="Charges"
        description="Upcoming and past charges. Recharge's API returns no charge paid or refunded more than 90 days ago (see Recharge's merchant portal)."
      />
      <HydrationBoundary state={dehydrated}>
        <ChargesTable />
      </HydrationBoundary>
    </>
  );
}
