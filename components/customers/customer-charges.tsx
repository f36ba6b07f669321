"use client";

import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { chargeStatusLabel } from "@/components/charges/charge-status-badge";
import { useCursorPager } from "@/components/data-table/use-cursor-pager";
import { useListUrlState } from "@/components/data-table/use-list-url-state";
import { customerSectionUrls, sectionScope } from "@/lib/list-url/customer-detail-url";
import { chargeQueries } from "@/lib/queries/charges";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";
import { CustomerChargesTable } from "./customer-charges-table";
import { CustomerSection } from "./customer-section";

const statusOptions = chargeStatuses.map((status) => ({ value: status, label: chargeStatusLabel(status) }));

/** Queued charges, soonest first: what the customer will be charged next. */
export function CustomerUpcomingCharges({ customerId }: { customerId: string }) {
  const list = useListUrlState(customerSectionUrls.upcoming, { scope: sectionScope("upcoming", customerId) });
  const pager = useCursorPager(list, chargeQueries.list);
  return (
    <CustomerSection title="Upcoming charges" description="Queued charges, soonest first.">
      <CustomerChargesTable
        pager={pager}
        variant="upcoming"
        caption="Upcoming charges"
        emptyMessage="No queued charges."
      />
    </CustomerSection>
  );
}

/**
 * Every charge of the customer, newest first, narrowed to one status on request. Recharge's
 * `status` filter takes a single value, so "all but queued" cannot be asked for without breaking
 * cursor paging; queued charges therefore appear here as well as above.
 */
export function CustomerChargeHistory({ customerId }: { customerId: string }) {
  const list = useListUrlState(customerSectionUrls.history, { scope: sectionScope("history", customerId) });
  const pager = useCursorPager(list, chargeQueries.list);
  const { status } = list.state.filters;

  return (
    <CustomerSection
      title="Charge history"
      description="All charges, newest first. Recharge's API returns no charge paid or refunded more than 90 days ago (see Recharge's merchant portal)."
      toolbar={
        <DataTableSelectFilter
          label="Status"
          allLabel="All statuses"
          value={status}
          options={statusOptions}
          // The status and the history's first page in one URL update (the old cursor lists the old status).
          onChange={(next) => list.setFilters({ status: next })}
        />
      }
    >
      <CustomerChargesTable
        pager={pager}
        variant="history"
        caption="Charge history"
        emptyMessage={status ? `No charges with status “${chargeStatusLabel(status)}”.` : "No charges yet."}
        onClearFilters={list.hasActiveFilters ? list.clearFilters : undefined}
      />
    </CustomerSection>
  );
}
