"use client";

import { queryTableState } from "@/components/data-table/query-table-state";
import { useRouter } from "next/navigation";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { useCursorPager } from "@/components/data-table/use-cursor-pager";
import { useDataTable } from "@/components/data-table/use-data-table";
import { useListUrlState } from "@/components/data-table/use-list-url-state";
import { customerSectionUrls, sectionScope } from "@/lib/list-url/customer-detail-url";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import { CustomerSection, SECTION_SKELETON_ROWS } from "./customer-section";
import { getCustomerSubscriptionsColumns } from "./customer-subscriptions-columns";

const columns = getCustomerSubscriptionsColumns();

/** Every subscription of the customer, newest first, whatever its status. */
export function CustomerSubscriptions({ customerId }: { customerId: string }) {
  const router = useRouter();
  const list = useListUrlState(customerSectionUrls.subscriptions, {
    scope: sectionScope("subscriptions", customerId),
  });
  const { query, rows, pagination, pageKey } = useCursorPager(list, subscriptionQueries.list);
  const table = useDataTable({ columns, data: rows, getRowId: (subscription) => String(subscription.id) });

  return (
    <CustomerSection title="Subscriptions" description="Active, cancelled and expired, newest first.">
      <DataTable
        table={table}
        caption="Subscriptions"
        pageSize={SECTION_SKELETON_ROWS}
        pageKey={pageKey}
        {...queryTableState(query)}
        emptyMessage="This customer has no subscriptions."
        onRowOpen={(subscription) => router.push(`/subscriptions/${subscription.id}`)}
        scrollAreaClassName="max-h-[36rem]"
        footer={<CursorPagination {...pagination} label="Subscription pages" />}
      />
    </CustomerSection>
  );
}
