"use client";

import { useQueryState } from "nuqs";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { chargeStatusLabel } from "@/components/charges/charge-status-badge";
import { chargeQueries } from "@/lib/queries/charges";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";
import { CustomerChargesTable } from "./customer-charges-table";
import { HISTORY_STATUS_KEY, historyStatusParser } from "./customer-detail-url";
import { CustomerSection } from "./customer-section";
import { useSectionList } from "./use-section-list";

const statusOptions = chargeStatuses.map((status) => ({ value: status, label: chargeStatusLabel(status) }));

/** Queued charges, soonest first: what the customer will be charged next. */
export function CustomerUpcomingCharges({ customerId }: { customerId: string }) {
  const list = useSectionList({ section: "upcoming", customerId, pageQuery: chargeQueries.list });
  return (
    <CustomerSection title="Upcoming charges" description="Queued charges, soonest first.">
      <CustomerChargesTable
        list={list}
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
  const [status, setStatus] = useQueryState(
    HISTORY_STATUS_KEY,
    historyStatusParser.withOptions({ history: "replace" }),
  );
  const list = useSectionList({
    section: "history",
    customerId,
    historyStatus: status,
    pageQuery: chargeQueries.list,
  });
  const changeStatus = (next: typeof status) => {
    // One URL update: the status and the history's first page (the old cursor lists the old status).
    void setStatus(next);
    list.restart();
  };

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
          onChange={changeStatus}
        />
      }
    >
      <CustomerChargesTable
        list={list}
        variant="history"
        caption="Charge history"
        emptyMessage={status ? `No charges with status “${chargeStatusLabel(status)}”.` : "No charges yet."}
        onClearFilters={status ? () => changeStatus(null) : undefined}
      />
    </CustomerSection>
  );
}
