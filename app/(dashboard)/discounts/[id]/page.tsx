import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { DiscountDetail } from "@/components/discounts/discount-detail";
import { requirePageOperator } from "@/lib/auth/session";
import { recordPagePrefetch } from "@/lib/queries/record-page-prefetch";
import { prefetchDetail } from "@/lib/queries/server-prefetch-detail";

export async function generateMetadata({ params }: PageProps<"/discounts/[id]">): Promise<Metadata> {
  return { title: `Discount #${(await params).id}` };
}

export default async function DiscountPage({ params }: PageProps<"/discounts/[id]">) {
  await requirePageOperator();
  const { id } = await params;
  const prefetched = await recordPagePrefetch(id, () => prefetchDetail("discounts", id));
  if (!prefetched.found) notFound();
  return (
    <HydrationBoundary state={prefetched.state}>
      <DiscountDetail id={id} />
    </HydrationBoundary>
  );
}
