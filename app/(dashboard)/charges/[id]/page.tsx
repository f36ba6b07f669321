import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { ChargeDetail } from "@/components/charges/charge-detail";
import { requirePageOperator } from "@/lib/auth/session";
import { recordPagePrefetch } from "@/lib/queries/record-page-prefetch";
import { prefetchDetail } from "@/lib/queries/server-prefetch-detail";

export async function generateMetadata({ params }: PageProps<"/charges/[id]">): Promise<Metadata> {
  return { title: `Charge #${(await params).id}` };
}

export default async function ChargePage({ params }: PageProps<"/charges/[id]">) {
  await requirePageOperator();
  const { id } = await params;
  const prefetched = await recordPagePrefetch(id, () => prefetchDetail("charges", id));
  if (!prefetched.found) notFound();
  return (
    <HydrationBoundary state={prefetched.state}>
      <ChargeDetail id={id} />
    </HydrationBoundary>
  );
}
