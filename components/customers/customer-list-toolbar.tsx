import { defineListToolbar } from "@/components/data-table/list-toolbar-config";
import { customerListUrl } from "@/lib/list-url/customer-list-url";
import { CustomerSearchFilter } from "./customer-search-filter";

/** "Find customer" (an email or an id, in one box) and when the customer was created. */
export const customerListToolbar = defineListToolbar(customerListUrl, {
  // The search box's hint is in the flow (not hanging), so the row aligns its tops.
  className: "flex flex-wrap items-start gap-x-6 gap-y-3",
  fields: [
    {
      kind: "custom",
      id: "search",
      render: (filters, setFilters) => (
        <CustomerSearchFilter value={{ email: filters.email, ids: filters.ids }} onChange={setFilters} />
      ),
    },
    { kind: "date-range", legend: "Created (UTC)", from: "created_at_min", to: "created_at_max" },
  ],
});
