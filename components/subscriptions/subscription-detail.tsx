"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { RecordHistory } from "@/components/audit/record-history";
import { PageHeader } from "@/components/layout/page-header";
import { SeededRecordNote } from "@/components/layout/seeded-record-note";
import { StaleRecordNotice } from "@/components/layout/stale-notice";
import { QueryErrorPanel } from "@/components/layout/query-error-panel";
import { ApiClientError } from "@/lib/queries/api-error";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import { ChargeHistorySection, UpcomingChargesSection } from "./subscription-charges-sections";
import {
  CancellationSection,
  CustomerSection,
  PropertiesSection,
  SettingsSection,
  SubscriptionOverviewSection,
} from "./subscription-detail-sections";
import { SubscriptionDetailSkeleton } from "./subscription-detail-skeleton";
import { productName } from "./subscription-format";
import { SubscriptionNotFound } from "./subscription-not-found";
import { SubscriptionActionsSection } from "./subscription-actions";
import { SubscriptionStatusBadge } from "./subscription-status-badge";

/** One subscription: what it is, when it charges next, who has it, and the charges it made. */
export function SubscriptionDetail({ id }: { id: string }) {
  // From the list row the operator clicked while the record is read afresh (resourceQueries().seededDetail).
  const query = useQuery(subscriptionQueries.seededDetail(id, useQueryClient()));
  const subscription = query.data;

  // A failed background refresh keeps the record on screen; only a first read that fails replaces it.
  if (!subscription && query.isError) {
    if (query.error instanceof ApiClientError && query.error.status === 404)
      return <SubscriptionNotFound id={id} />;
    return (
      <QueryErrorPanel
        title={`Subscription #${id}`}
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (!subscription) return <SubscriptionDetailSkeleton id={id} />;

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            {productName(subscription)} <SubscriptionStatusBadge status={subscription.status} />
          </span>
        }
        description={
          <>
            Subscription #{subscription.id}
            {subscription.variant_title ? ` · ${subscription.variant_title}` : ""} for customer{" "}
            <Link href={`/customers/${subscription.customer_id}`} className="underline underline-offset-2">
              {subscription.customer_id}
            </Link>
          </>
        }
      />
      <SeededRecordNote noun="subscription" query={query} />
      <StaleRecordNotice noun="subscription" query={query} />
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="min-w-0 space-y-6 xl:col-span-2">
          <SubscriptionOverviewSection subscription={subscription} />
          {subscription.cancelled_at ? <CancellationSection subscription={subscription} /> : null}
          <UpcomingChargesSection subscriptionId={id} />
          <ChargeHistorySection subscriptionId={id} />
        </div>
        <div className="min-w-0 space-y-6">
          <CustomerSection subscription={subscription} />
          <SettingsSection subscription={subscription} />
          {subscription.properties.length ? <PropertiesSection properties={subscription.properties} /> : null}
          <SubscriptionActionsSection subscription={subscription} />
          <RecordHistory targetType="subscription" targetId={String(subscription.id)} />
        </div>
      </div>
    </div>
  );
}
