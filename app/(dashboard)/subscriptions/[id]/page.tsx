import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { SubscriptionDetail } from "@/components/subscriptions/subscription-detail";
import { prefetchSubscriptionPage } from "@/components/subscriptions/subscription-detail-prefetch";
import { requirePageOperator } from "@/lib/auth/session";
import { recordPagePrefetch } from "@/lib/queries/record-page-prefetch";

export async function generateMetadata({ params }: PageProps<"/subscriptions/[id]">): Promise<Metadata> {
  return { title: `Subscription #${(await params).id}` };
}

export default async function SubscriptionPage({ params }: PageProps<"/subscriptions/[id]">) {
  await requirePageOperator();
  const { id } = await params;
  const prefetched = await recordPagePrefetch(id, () => prefetchSubscriptionPage(id));
  if (!prefetched.found) notFound();
  return (
    <HydrationBoundary state={prefetched.state}>
      <SubscriptionDetail id={id} />
    </HydrationBoundary>
  );
}
