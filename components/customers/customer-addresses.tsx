"use client";

import { useCallback, type ReactNode } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { unreadableOf } from "@/components/data-table/query-table-state";
import { UnreadableRecordsNote } from "@/components/data-table/unreadable-records-note";
import { useCursorPager } from "@/components/data-table/use-cursor-pager";
import { useListUrlState } from "@/components/data-table/use-list-url-state";
import { customerSectionUrls, sectionScope } from "@/lib/list-url/customer-detail-url";
import { customerQueries } from "@/lib/queries/customers";
import { cn } from "@/lib/utils/cn";
import { ADDRESS_GRID, AddressCard, AddressCardsSkeleton } from "./address-card";
import { CustomerSection } from "./customer-section";
import { LoadErrorPanel } from "@/components/layout/load-error-panel";
import { StaleRecordNotice } from "@/components/layout/stale-notice";

/** The customer's addresses as cards, cursor-paged (most customers have one or two). */
export function CustomerAddresses({ customerId }: { customerId: string }) {
  const pageQuery = useCallback(
    (queryString: string) => customerQueries.addresses(customerId, queryString),
    [customerId],
  );
  const list = useListUrlState(customerSectionUrls.addresses, {
    scope: sectionScope("addresses", customerId),
  });
  const { query, rows, pagination } = useCursorPager(list, pageQuery);
  const paged = pagination.hasNextPage || pagination.hasPreviousPage;

  let body: ReactNode;
  // A failed re-read keeps the cards (with the notice below); only a failed first read replaces them.
  if (query.isError && !rows)
    body = (
      <LoadErrorPanel
        title="The addresses could not be loaded."
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  else if (!rows) body = <AddressCardsSkeleton />;
  else if (rows.length === 0)
    body = <p className="bg-card text-muted-foreground rounded-lg border p-5 text-sm">No addresses.</p>;
  else
    body = (
      <ul
        aria-busy={query.isPlaceholderData || undefined}
        className={cn(ADDRESS_GRID, "transition-opacity", query.isPlaceholderData && "opacity-60")}
      >
        {rows.map((address) => (
          <li key={address.id} className="min-w-0">
            <AddressCard address={address} />
          </li>
        ))}
      </ul>
    );

  return (
    <CustomerSection
      title="Addresses"
      description="Where subscriptions ship, with the discounts applied to each."
    >
      <StaleRecordNotice noun="list of addresses" query={query} />
      {rows ? <UnreadableRecordsNote unreadable={unreadableOf(query.data)} /> : null}
      {body}
      {paged ? <CursorPagination {...pagination} label="Address pages" /> : null}
    </CustomerSection>
  );
}
