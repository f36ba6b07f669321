"use client";

import { queryTableState } from "@/components/data-table/query-table-state";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { useDataTable, type UseDataTableOptions } from "@/components/data-table/use-data-table";
import { chargeQueries } from "@/lib/queries/charges";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { useCursorPager } from "@/components/data-table/use-cursor-pager";
import { useLocalPosition } from "@/components/data-table/use-local-position";
import { SUBSCRIPTION_CHARGES_PAGE_SIZE } from "@/lib/list-url/subscription-charges-query";

// Skeleton rows while nothing is cached; a subscription seldom has more than a few charges in view.
const SKELETON_ROWS = 3;

export interface SubscriptionChargesTableProps {
  /** The table's caption and the pager's landmark name, e.g. "Upcoming charges". */
  caption: string;
  /** From `upcomingChargesQuery` / `chargeHistoryQuery`: the first page's BFF query string. */
  firstPageQuery: string;
  /** Module-level columns from subscription-charges-columns.tsx. */
  columns: UseDataTableOptions<Charge>["columns"];
  emptyMessage: string;
  toolbar?: ReactNode;
}

/** One cursor-paged list of a subscription's charges; rows open the charge. */
export function SubscriptionChargesTable({
  caption,
  firstPageQuery,
  columns,
  emptyMessage,
  toolbar,
}: SubscriptionChargesTableProps) {
  const router = useRouter();
  const position = useLocalPosition(firstPageQuery, SUBSCRIPTION_CHARGES_PAGE_SIZE);
  const { query, rows, pagination, pageKey } = useCursorPager(position, chargeQueries.list);
  const table = useDataTable({ columns, data: rows, getRowId: (charge) => String(charge.id) });

  return (
    <DataTable
      table={table}
      caption={caption}
      pageSize={SKELETON_ROWS}
      pageKey={pageKey}
      {...queryTableState(query)}
      emptyMessage={emptyMessage}
      onRowOpen={(charge) => router.push(`/charges/${charge.id}`)}
      toolbar={toolbar}
      footer={<CursorPagination label={`${caption} pages`} hideWhenSinglePage {...pagination} />}
      scrollAreaClassName="max-h-[32rem]"
    />
  );
}
