"use client";

import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { customerListUrl } from "@/lib/list-url/customer-list-url";
import { customerQueries } from "@/lib/queries/customers";
import { customerListToolbar } from "./customer-list-toolbar";
import { customersEmptyMessage } from "./customer-search";
import { getCustomersTableColumns } from "./customers-table-columns";

const columns = getCustomersTableColumns();

/** Customers with Recharge's filters; every bit of state lives in the URL. */
export function CustomersTable() {
  return (
    <CursorListTable
      definition={customerListUrl}
      pageQuery={customerQueries.list}
      columns={columns}
      caption="Customers"
      exportAs={{ resource: "customers", noun: "customers" }}
      toolbar={customerListToolbar}
      emptyMessage={customersEmptyMessage}
      rowHref={(customer) => `/customers/${customer.id}`}
    />
  );
}
