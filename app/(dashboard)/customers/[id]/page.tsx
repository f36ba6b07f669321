import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { prefetchCustomerPage } from "@/components/customers/customer-detail-prefetch";
import { CustomerDetail } from "@/components/customers/customer-detail";
import { requirePageOperator } from "@/lib/auth/session";
import { recordPagePrefetch } from "@/lib/queries/record-page-prefetch";

export async function generateMetadata({ params }: PageProps<"/customers/[id]">): Promise<Metadata> {
  return { title: `Customer #${(await params).id}` };
}

export default async function CustomerPage({ params, searchParams }: PageProps<"/customers/[id]">) {
  await requirePageOperator();
  const { id } = await params;
  const query = await searchParams;
  const prefetched = await recordPagePrefetch(id, () => prefetchCustomerPage(id, query));
  if (!prefetched.found) notFound();
  return (
    <HydrationBoundary state={prefetched.state}>
      <CustomerDetail id={id} />
    </HydrationBoundary>
  );
}
