"use client";

import { DescriptionList, DetailSection } from "@/components/layout/detail-section";
import { PageHeader } from "@/components/layout/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { SUBSCRIPTION_SECTION_LABELS } from "./subscription-detail-sections";

const placeholders = (labels: readonly string[]) =>
  labels.map((label, index) => ({
    label,
    value: <Skeleton className={index % 2 ? "h-5 w-24" : "h-5 w-36"} />,
  }));

function TableSkeleton() {
  return <Skeleton className="h-32 w-full rounded-lg" />;
}

/**
 * The detail page's final layout with grey blocks for values: same sections, labels and grid, so
 * nothing moves when the subscription arrives. Used by loading.tsx and while the browser fetches.
 */
export function SubscriptionDetailSkeleton({ id }: { id?: string }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <PageHeader title={id ? `Subscription #${id}` : "Subscription"} description="Loading…" />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="min-w-0 space-y-6 xl:col-span-2">
          <DetailSection title="Subscription">
            <DescriptionList items={placeholders(SUBSCRIPTION_SECTION_LABELS.subscription)} />
          </DetailSection>
          <DetailSection title="Upcoming charges">
            <TableSkeleton />
          </DetailSection>
          <DetailSection title="Charge history">
            <TableSkeleton />
          </DetailSection>
        </div>
        <div className="min-w-0 space-y-6">
          <DetailSection title="Customer and address">
            <DescriptionList items={placeholders(SUBSCRIPTION_SECTION_LABELS.customer)} />
          </DetailSection>
          <DetailSection title="Settings">
            <DescriptionList items={placeholders(SUBSCRIPTION_SECTION_LABELS.settings)} />
          </DetailSection>
          <DetailSection title="Actions">
            <Skeleton className="h-9 w-48" />
          </DetailSection>
        </div>
      </div>
    </div>
  );
}
