"use client";

import { DescriptionList, DetailSection } from "@/components/layout/detail-section";
import { PageHeader } from "@/components/layout/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { DISCOUNT_SECTION_LABELS, DiscountActionsSection } from "./discount-detail-sections";

const placeholders = (labels: readonly string[]) =>
  labels.map((label, index) => ({
    label,
    value: <Skeleton className={index % 2 ? "h-5 w-24" : "h-5 w-36"} />,
  }));

/**
 * The detail page's final layout with grey blocks for values: same sections, labels and grid, so
 * nothing moves when the discount arrives. Used by loading.tsx and while the browser fetches.
 */
export function DiscountDetailSkeleton({ id }: { id?: string }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <PageHeader title={id ? `Discount #${id}` : "Discount"} description="Loading…" />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="min-w-0 space-y-6 xl:col-span-2">
          <DetailSection title="Discount">
            <DescriptionList items={placeholders(DISCOUNT_SECTION_LABELS.discount)} />
          </DetailSection>
          <div className="grid gap-6 md:grid-cols-2">
            <DetailSection title="Applies to">
              <DescriptionList items={placeholders(DISCOUNT_SECTION_LABELS.appliesTo)} />
            </DetailSection>
            <DetailSection title="Usage limits">
              <DescriptionList items={placeholders(DISCOUNT_SECTION_LABELS.usageLimits)} />
            </DetailSection>
          </div>
        </div>
        <div className="min-w-0 space-y-6">
          <DetailSection title="Channels">
            {/* Header and four rows of the channels table. */}
            <Skeleton className="h-[11.5rem] w-full" />
          </DetailSection>
          <DiscountActionsSection />
        </div>
      </div>
    </div>
  );
}
