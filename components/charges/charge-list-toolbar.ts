import { defineListToolbar } from "@/components/data-table/list-toolbar-config";
import { chargeListUrl } from "@/lib/list-url/charge-list-url";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";
import { chargeStatusLabel } from "./charge-status-badge";

/** The charges list's filters, in the order the toolbar shows them. */
export const chargeListToolbar = defineListToolbar(chargeListUrl, {
  fields: [
    { kind: "id", key: "ids", label: "Find charge", hint: "Exact charge id" },
    {
      kind: "select",
      key: "status",
      label: "Status",
      options: chargeStatuses.map((status) => ({ value: status, label: chargeStatusLabel(status) })),
    },
    { kind: "id", key: "customer_id", label: "Customer id", hint: "All of one customer's charges" },
    { kind: "date-range", legend: "Scheduled", from: "scheduled_at_min", to: "scheduled_at_max" },
    { kind: "date-range", legend: "Processed (UTC)", from: "processed_at_min", to: "processed_at_max" },
    { kind: "date-range", legend: "Created (UTC)", from: "created_at_min", to: "created_at_max" },
    { kind: "date-range", legend: "Updated (UTC)", from: "updated_at_min", to: "updated_at_max" },
  ],
});
