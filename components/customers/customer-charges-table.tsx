"use client";

import { queryTableState } from "@/components/data-table/query-table-state";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { CursorPagination } from "@/components/data-table/cursor-pagination";
import { DataTable } from "@/components/data-table/data-table";
import type { CursorPager } from "@/components/data-table/use-cursor-pager";
import { useDataTable } from "@/components/data-table/use-data-table";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { getCustomerChargesColumns } from "./customer-charges-columns";
import { SECTION_SKELETON_ROWS } from "./customer-section";

const columnSets = {
  upcoming: getCustomerChargesColumns({ processed: false }),
  history: getCustomerChargesColumns({ processed: true }),
};

export interface CustomerChargesTableProps {
  /** The section's page and pager (`useCursorPager`). */
  pager: CursorPager<Charge>;
  /** Upcoming charges have no "Processed" column. */
  variant: keyof typeof columnSets;
  caption: string;
  emptyMessage: ReactNode;
  onClearFilters?: () => void;
  toolbar?: ReactNode;
}

/** One of the customer's charge tables; rows open the charge. */
export function CustomerChargesTable({
  pager,
  variant,
  caption,
  emptyMessage,
  onClearFilters,
  toolbar,
}: CustomerChargesTableProps) {
  const router = useRouter();
  const { query, rows, pagination, pageKey } = pager;
  const table = useDataTable({
    columns: columnSets[variant],
    data: rows,
    getRowId: (charge) => String(charge.id),
  });

  return (
    <DataTable
      table={table}
      caption={caption}
      pageSize={SECTION_SKELETON_ROWS}
      pageKey={pageKey}
      {...queryTableState(query)}
      emptyMessage={emptyMessage}
      onClearFilters={onClearFilters}
      onRowOpen={(charge) => router.push(`/charges/${charge.id}`)}
      scrollAreaClassName="max-h-[36rem]"
      toolbar={toolbar}
      footer={<CursorPagination {...pagination} label={`${caption} pages`} />}
    />
  );
}
