"use client";

import { useState } from "react";
import { chargeStatusLabel } from "@/components/charges/charge-status-badge";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { DetailSection } from "@/components/layout/detail-section";
import { chargeStatuses, type KnownChargeStatus } from "@/lib/schemas/recharge-enums";
import { chargeHistoryColumns, upcomingChargeColumns } from "./subscription-charges-columns";
import { chargeHistoryQuery, upcomingChargesQuery } from "@/lib/list-url/subscription-charges-query";
import { SubscriptionChargesTable } from "./subscription-charges-table";

const statusOptions = chargeStatuses.map((status) => ({ value: status, label: chargeStatusLabel(status) }));

export function UpcomingChargesSection({ subscriptionId }: { subscriptionId: string }) {
  return (
    <DetailSection title="Upcoming charges">
      <SubscriptionChargesTable
        caption="Upcoming charges"
        firstPageQuery={upcomingChargesQuery(subscriptionId)}
        columns={upcomingChargeColumns}
        emptyMessage="No queued charges include this subscription."
      />
    </DetailSection>
  );
}

/**
 * Every charge of the subscription, latest scheduled date first. "Past" cannot be asked of Recharge
 * in one request (its status filter takes one value), so the history shows every status, queued
 * included, and the operator narrows it with the status filter.
 */
export function ChargeHistorySection({ subscriptionId }: { subscriptionId: string }) {
  const [status, setStatus] = useState<KnownChargeStatus | null>(null);
  return (
    <DetailSection title="Charge history">
      <p className="text-muted-foreground -mt-2 mb-3 text-sm">
        {
          "Recharge's API returns no charge paid or refunded more than 90 days ago (see Recharge's merchant portal)."
        }
      </p>
      <SubscriptionChargesTable
        caption="Charge history"
        firstPageQuery={chargeHistoryQuery(subscriptionId, status)}
        columns={chargeHistoryColumns}
        emptyMessage={
          status
            ? `No charges with status “${chargeStatusLabel(status)}” include this subscription.`
            : "No charges include this subscription yet."
        }
        toolbar={
          <DataTableSelectFilter
            label="Charge status"
            value={status}
            options={statusOptions}
            onChange={setStatus}
            className="w-fit"
          />
        }
      />
    </DetailSection>
  );
}
