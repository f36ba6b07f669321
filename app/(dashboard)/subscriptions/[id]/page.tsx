import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { SubscriptionDetail } from "@/components/subscriptions/subscription-detail";
import { chargeHistoryQuery, upcomingChargesQuery } from "@/lib/list-url/subscription-charges-query";
import { requirePageOperator } from "@/lib/auth/session";
import { prefetchListPage } from "@/lib/queries/server-prefetch";
import { prefetchDetail } from "@/lib/queries/server-prefetch-detail";

export async function generateMetadata({ params }: PageProps<"/subscriptions/[id]">): Promise<Metadata> {
  return { title: `Subscription #${(await params).id}` };
}

export default async function SubscriptionPage({ params }: PageProps<"/subscriptions/[id]">) {
  await requirePageOperator();
  const { id } = await params;
  // The record and the first page of both charge lists, in parallel: the page paints complete.
  const [prefetched, upcoming, history] = await Promise.all([
    prefetchDetail("subscriptions", id),
    prefetchListPage("charges", upcomingChargesQuery(id)),
    prefetchListPage("charges", chargeHistoryQuery(id, null)),
  ]);
  if (!prefetched.found) notFound();
  const state = {
    mutations: [],
    queries: [prefetched.state, upcoming, history].flatMap((dehydrated) => dehydrated.queries),
  };
  return (
    <HydrationBoundary state={state}>
      <SubscriptionDetail id={id} />
    </HydrationBoundary>
  );
}
