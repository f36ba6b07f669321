import { defineListToolbar } from "@/components/data-table/list-toolbar-config";
import { discountListUrl } from "@/lib/list-url/discount-list-url";
import { discountStatuses, discountValueTypes } from "@/lib/schemas/recharge-enums";
import { discountTypeLabel } from "./discount-format";
import { discountStatusLabel } from "./discount-status-badge";

/** The discounts list's filters, in the order the toolbar shows them. */
export const discountListToolbar = defineListToolbar(discountListUrl, {
  fields: [
    {
      kind: "text",
      key: "discount_code",
      label: "Discount code",
      placeholder: "Exact code, e.g. SAVE20",
      className: "w-52",
    },
    {
      kind: "select",
      key: "status",
      label: "Status",
      options: discountStatuses.map((status) => ({ value: status, label: discountStatusLabel(status) })),
    },
    {
      kind: "select",
      key: "discount_type",
      label: "Type",
      options: discountValueTypes.map((type) => ({ value: type, label: discountTypeLabel(type) })),
    },
    { kind: "date-range", legend: "Created (UTC)", from: "created_at_min", to: "created_at_max" },
  ],
});
