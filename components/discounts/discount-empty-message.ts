import type { FilterValues } from "@/components/data-table/list-url-state";
import type { discountListUrl } from "./discount-list-url";
import { discountTypeLabel } from "./discount-format";
import { discountStatusLabel } from "./discount-status-badge";

type Filters = FilterValues<(typeof discountListUrl)["filters"]>;

const list = new Intl.ListFormat("en", { type: "conjunction" });

function createdRange(from: string | null, to: string | null): string | null {
  if (from && to) return `created between ${from} and ${to}`;
  if (from) return `created on or after ${from}`;
  if (to) return `created on or before ${to}`;
  return null;
}

/** The empty state names what was asked for: "No discounts with code “SAVE99”." */
export function discountsEmptyMessage(filters: Filters): string {
  const parts = [
    filters.discount_code && `with code “${filters.discount_code}”`,
    filters.status && `with status “${discountStatusLabel(filters.status)}”`,
    filters.discount_type && `of type “${discountTypeLabel(filters.discount_type).toLowerCase()}”`,
    createdRange(filters.created_at_min, filters.created_at_max),
  ].filter((part): part is string => Boolean(part));
  return parts.length ? `No discounts ${list.format(parts)}.` : "There are no discount codes yet.";
}
