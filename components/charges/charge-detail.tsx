"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { RecordHistory } from "@/components/audit/record-history";
import { discountValueLabel } from "@/components/customers/customer-format";
import { DateCell } from "@/components/data-table/date-cell";
import { MISSING_VALUE } from "@/components/data-table/format";
import { DescriptionList, DetailSection } from "@/components/layout/detail-section";
import { PageHeader } from "@/components/layout/page-header";
import { SeededRecordNote } from "@/components/layout/seeded-record-note";
import { StaleRecordNotice } from "@/components/layout/stale-notice";
import { QueryErrorPanel } from "@/components/layout/query-error-panel";
import { Skeleton } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/queries/api-error";
import { chargeQueries } from "@/lib/queries/charges";
import { AddressBlock } from "./address-block";
import { ChargeActions } from "./charge-actions";
import { chargeTypeLabel } from "./charge-format";
import { ChargeLineItems } from "./charge-line-items";
import { ChargeNotFound } from "./charge-not-found";
import { ChargeStatusBadge } from "./charge-status-badge";
import { ChargeTotals } from "./charge-totals";

/** Everything about one charge: when, who, what, how much, and what came of it. */
export function ChargeDetail({ id }: { id: string }) {
  // From the list row the operator clicked while the record is read afresh (resourceQueries().seededDetail).
  const query = useQuery(chargeQueries.seededDetail(id, useQueryClient()));
  const charge = query.data;

  // A failed background refresh (a live update's re-read) keeps the charge, and any open action
  // dialog, on screen; only a first read that fails replaces it.
  if (!charge && query.isError) {
    if (query.error instanceof ApiClientError && query.error.status === 404)
      return <ChargeNotFound id={id} />;
    return (
      <QueryErrorPanel
        title={`Charge #${id}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (!charge) return <ChargeDetailSkeleton id={id} />;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            Charge #{charge.id} <ChargeStatusBadge status={charge.status} />
          </span>
        }
        description={
          <>
            {chargeTypeLabel(charge.type)} for{" "}
            {charge.customer ? (
              <Link className="underline underline-offset-2" href={`/customers/${charge.customer.id}`}>
                {charge.customer.email ?? `customer ${charge.customer.id}`}
              </Link>
            ) : (
              "a customer Recharge did not name"
            )}
          </>
        }
      />
      <SeededRecordNote noun="charge" query={query} />
      <StaleRecordNotice noun="charge" query={query} />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <DetailSection title="Schedule and outcome">
            <DescriptionList
              items={[
                { label: "Scheduled", value: <DateCell value={charge.scheduled_at} variant="date" /> },
                { label: "Processed", value: <DateCell value={charge.processed_at} /> },
                { label: "Retry date", value: <DateCell value={charge.retry_date} variant="date" /> },
                { label: "Created", value: <DateCell value={charge.created_at} /> },
                {
                  label: "Error",
                  value: charge.error
                    ? `${charge.error}${charge.error_type ? ` (${charge.error_type})` : ""}`
                    : null,
                },
                { label: "Merged", value: charge.merged_at ? <DateCell value={charge.merged_at} /> : null },
                {
                  label: "Order",
                  value: charge.external_order_id?.ecommerce
                    ? `#${charge.external_order_id.ecommerce}`
                    : null,
                },
                { label: "Orders created", value: charge.orders_count?.toString() },
              ]}
            />
          </DetailSection>
          <DetailSection title="Items">
            <ChargeLineItems charge={charge} />
          </DetailSection>
          <div className="grid gap-6 md:grid-cols-2">
            <DetailSection title="Billing address">
              <AddressBlock address={charge.billing_address ?? null} />
            </DetailSection>
            <DetailSection title="Shipping address">
              <AddressBlock address={charge.shipping_address ?? null} />
            </DetailSection>
          </div>
        </div>
        <div className="space-y-6">
          <DetailSection title="Totals">
            <ChargeTotals charge={charge} />
          </DetailSection>
          <DetailSection title="Discounts">
            {charge.discounts.length ? (
              <ul className="space-y-1 text-sm">
                {charge.discounts.map((discount, index) => (
                  <li key={index} className="flex flex-wrap items-baseline justify-between gap-x-3">
                    <span className="font-mono">
                      {discount.code ?? (discount.id ? `#${discount.id}` : MISSING_VALUE)}
                    </span>
                    <span>{discountValueLabel(discount, charge.currency)}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted-foreground text-sm">No discounts applied</p>
            )}
          </DetailSection>
          <DetailSection title="Actions">
            <ChargeActions charge={charge} />
          </DetailSection>
          <RecordHistory targetType="charge" targetId={String(charge.id)} />
        </div>
      </div>
    </div>
  );
}

function ChargeDetailSkeleton({ id }: { id: string }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <PageHeader title={`Charge #${id}`} description="Loading…" />
      <div className="grid gap-6 xl:grid-cols-3">
        <Skeleton className="h-64 xl:col-span-2" />
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}
