"use client";

import { queryTableState } from "@/components/data-table/query-table-state";
import { useRouter } from "next/navigation";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable } from "@/components/data-table/use-data-table";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import { CustomerSection } from "./customer-section";
import { getCustomerSubscriptionsColumns } from "./customer-subscriptions-columns";
import { SECTION_SKELETON_ROWS } from "./customer-detail-url";
import { useSectionList } from "./use-section-list";

const columns = getCustomerSubscriptionsColumns();

/** Every subscription of the customer, newest first, whatever its status. */
export function CustomerSubscriptions({ customerId }: { customerId: string }) {
  const router = useRouter();
  const { query, rows, pagination, pageKey } = useSectionList({
    section: "subscriptions",
    customerId,
    pageQuery: subscriptionQueries.list,
  });
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
