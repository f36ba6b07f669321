import { defineListToolbar } from "@/components/data-table/list-toolbar-config";
import { subscriptionListUrl } from "@/lib/list-url/subscription-list-url";
import { subscriptionStatuses } from "@/lib/schemas/recharge-enums";
import { subscriptionStatusLabel } from "./subscription-status-badge";

/** The subscriptions list's filters, in the order the toolbar shows them. */
export const subscriptionListToolbar = defineListToolbar(subscriptionListUrl, {
  fields: [
    { kind: "id", key: "ids", label: "Find subscription", hint: "Exact subscription id" },
    {
      kind: "select",
      key: "status",
      label: "Status",
      options: subscriptionStatuses.map((status) => ({
        value: status,
        label: subscriptionStatusLabel(status),
      })),
    },
    { kind: "id", key: "customer_id", label: "Customer id", hint: "All of one customer's subscriptions" },
    { kind: "date-range", legend: "Created (UTC)", from: "created_at_min", to: "created_at_max" },
    { kind: "date-range", legend: "Updated (UTC)", from: "updated_at_min", to: "updated_at_max" },
  ],
});
