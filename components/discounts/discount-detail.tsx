"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { RecordHistory } from "@/components/audit/record-history";
import { PageHeader } from "@/components/layout/page-header";
import { SeededRecordNote } from "@/components/layout/seeded-record-note";
import { StaleRecordNotice } from "@/components/layout/stale-notice";
import { QueryErrorPanel } from "@/components/layout/query-error-panel";
import { ApiClientError } from "@/lib/queries/api-error";
import { discountQueries } from "@/lib/queries/discounts";
import {
  AppliesToSection,
  ChannelsSection,
  DiscountActionsSection,
  DiscountOverviewSection,
  UsageLimitsSection,
} from "./discount-detail-sections";
import { DiscountDetailSkeleton } from "./discount-detail-skeleton";
import { discountValueText, purchaseItemTypeLabel } from "./discount-format";
import { DiscountNotFound } from "./discount-not-found";
import { DiscountStatusBadge } from "./discount-status-badge";

/** One discount code: its value, where and to whom it applies, and how often. */
export function DiscountDetail({ id }: { id: string }) {
  // From the list row the operator clicked while the record is read afresh (resourceQueries().seededDetail).
  const query = useQuery(discountQueries.seededDetail(id, useQueryClient()));
  const discount = query.data;

  // A failed background refresh keeps the record on screen; only a first read that fails replaces it.
  if (!discount && query.isError) {
    if (query.error instanceof ApiClientError && query.error.status === 404)
      return <DiscountNotFound id={id} />;
    return (
      <QueryErrorPanel
        title={`Discount #${id}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (!discount) return <DiscountDetailSkeleton id={id} />;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            <span className="font-mono break-all">{discount.code ?? `Discount #${discount.id}`}</span>
            <DiscountStatusBadge status={discount.status} />
          </span>
        }
        description={[
          discountValueText(discount),
          purchaseItemTypeLabel(discount.applies_to?.purchase_item_type),
          `discount #${discount.id}`,
        ].join(" · ")}
      />
      <SeededRecordNote noun="discount" query={query} />
      <StaleRecordNotice noun="discount" query={query} />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="min-w-0 space-y-6 xl:col-span-2">
          <DiscountOverviewSection discount={discount} />
          <div className="grid gap-6 md:grid-cols-2">
            <AppliesToSection appliesTo={discount.applies_to} />
            <UsageLimitsSection limits={discount.usage_limits} />
          </div>
        </div>
        <div className="min-w-0 space-y-6">
          <ChannelsSection channels={discount.channel_settings} />
          <DiscountActionsSection discount={discount} />
          <RecordHistory targetType="discount" targetId={String(discount.id)} />
        </div>
      </div>
    </div>
  );
}
