"use client";

import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { discountListUrl } from "@/lib/list-url/discount-list-url";
import { discountQueries } from "@/lib/queries/discounts";
import { discountsEmptyMessage } from "./discount-empty-message";
import { discountListToolbar } from "./discount-list-toolbar";
import { getDiscountsTableColumns } from "./discounts-table-columns";

const columns = getDiscountsTableColumns();

/** Discount codes with Recharge's filters; every bit of state lives in the URL. */
export function DiscountsTable() {
  return (
    <CursorListTable
      definition={discountListUrl}
      pageQuery={discountQueries.list}
      columns={columns}
      caption="Discount codes"
      exportAs={{ resource: "discounts", noun: "discount codes" }}
      toolbar={discountListToolbar}
      emptyMessage={discountsEmptyMessage}
      rowHref={(discount) => `/discounts/${discount.id}`}
    />
  );
}
