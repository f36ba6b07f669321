import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { BatchDetail } from "@/components/batches/batch-detail";
import { requirePageOperator } from "@/lib/auth/session";
import { prefetchDetail } from "@/lib/queries/server-prefetch-detail";

export async function generateMetadata({ params }: PageProps<"/batches/[id]">): Promise<Metadata> {
  return { title: `Batch #${(await params).id}` };
}

/** A batch's live progress and results: the URL to reload or share while it runs. */
export default async function BatchPage({ params }: PageProps<"/batches/[id]">) {
  await requirePageOperator();
  const { id } = await params;
  const prefetched = await prefetchDetail("batches", id);
  if (!prefetched.found) notFound();
  return (
    <HydrationBoundary state={prefetched.state}>
      <BatchDetail id={id} />
    </HydrationBoundary>
  );
}
