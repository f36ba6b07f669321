import { dateRangePhrase, emptyListMessage } from "@/components/data-table/empty-message";
import type { FilterValues } from "@/lib/list-url/list-url-state";
import type { discountListUrl } from "@/lib/list-url/discount-list-url";
import { discountTypeLabel } from "./discount-format";
import { discountStatusLabel } from "./discount-status-badge";

type Filters = FilterValues<(typeof discountListUrl)["filters"]>;

/** The empty state names what was asked for: "No discounts with code “SAVE99”." */
export function discountsEmptyMessage(filters: Filters): string {
  return emptyListMessage(
    "discounts",
    [
      filters.discount_code && `with code “${filters.discount_code}”`,
      filters.status && `with status “${discountStatusLabel(filters.status)}”`,
      filters.discount_type && `of type “${discountTypeLabel(filters.discount_type).toLowerCase()}”`,
      dateRangePhrase("created", filters.created_at_min, filters.created_at_max),
    ],
    "There are no discount codes yet.",
  );
}
