import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { loadListUrlState, toListQueryString } from "@/lib/list-url/list-url-state";
import { PageHeader } from "@/components/layout/page-header";
import { subscriptionListUrl } from "@/lib/list-url/subscription-list-url";
import { SubscriptionsTable } from "@/components/subscriptions/subscriptions-table";
import { requirePageOperator } from "@/lib/auth/session";
import { listPagePrefetch } from "@/lib/queries/server-prefetch";

export const metadata: Metadata = { title: "Subscriptions" };

export default async function SubscriptionsPage({ searchParams }: PageProps<"/subscriptions">) {
  await requirePageOperator();
  const state = loadListUrlState(subscriptionListUrl, await searchParams);
  const dehydrated = await listPagePrefetch("subscriptions", toListQueryString(state));
  return (
    <>
      <PageHeader
        title="Subscriptions"
        description="Every subscription in the store, newest first. Open one to see its upcoming and past charges."
      />
      <HydrationBoundary state={dehydrated}>
        <SubscriptionsTable />
      </HydrationBoundary>
    </>
  );
}
