"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { RecordHistory } from "@/components/audit/record-history";
import { ApiClientError } from "@/lib/queries/api-error";
import { customerQueries } from "@/lib/queries/customers";
import { CustomerActions } from "./customer-actions";
import { CustomerAddresses } from "./customer-addresses";
import { CustomerChargeHistory, CustomerUpcomingCharges } from "./customer-charges";
import { CUSTOMER_SECTIONS_STACK, CustomerDetailSkeleton } from "./customer-detail-skeleton";
import { customerTitle } from "./customer-format";
import { CustomerHeader } from "./customer-header";
import { CustomerNotFound } from "./customer-not-found";
import { CustomerProfile } from "./customer-profile";
import { CustomerSubscriptions } from "./customer-subscriptions";
import { LoadErrorPanel } from "@/components/layout/load-error-panel";
import { SeededRecordNote } from "@/components/layout/seeded-record-note";
import { StaleRecordNotice } from "@/components/layout/stale-notice";

/**
 * One customer: profile, addresses, subscriptions and charges. The server has usually prefetched
 * everything; each section still loads, pages and fails on its own, so one failing list never
 * hides the rest of the page.
 */
export function CustomerDetail({ id }: { id: string }) {
  // From the list row the operator clicked while the record is read afresh (resourceQueries().seededDetail).
  const query = useQuery(customerQueries.seededDetail(id, useQueryClient()));
  const customer = query.data;

  if (query.error instanceof ApiClientError && query.error.status === 404)
    return <CustomerNotFound id={id} />;
  // A failed background refresh keeps showing the customer; only a first load that failed is an error.
  if (!customer) {
    if (!query.isError) return <CustomerDetailSkeleton />;
    return (
      <>
        <CustomerHeader customerId={id} title={`Customer #${id}`} />
        <LoadErrorPanel
          title="This customer could not be loaded."
          error={query.error}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      </>
    );
  }

  return (
    <>
      <CustomerHeader
        customerId={id}
        title={customerTitle(customer)}
        description={`${customer.email ?? "No email"} · Customer #${customer.id}`}
        actions={<CustomerActions />}
      />
      <div className={CUSTOMER_SECTIONS_STACK}>
        <SeededRecordNote noun="customer" query={query} />
        <StaleRecordNotice noun="customer" query={query} />
        <CustomerProfile customer={customer} />
        <CustomerAddresses customerId={id} />
        <CustomerSubscriptions customerId={id} />
        <CustomerUpcomingCharges customerId={id} />
        <CustomerChargeHistory customerId={id} />
        <RecordHistory targetType="customer" targetId={String(customer.id)} />
      </div>
    </>
  );
}
