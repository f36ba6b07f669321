import { dateRangePhrase, emptyListMessage } from "@/components/data-table/empty-message";
import type { FilterValues } from "@/lib/list-url/list-url-state";
import type { chargeListUrl } from "@/lib/list-url/charge-list-url";
import { chargeStatusLabel } from "./charge-status-badge";

type Filters = FilterValues<(typeof chargeListUrl)["filters"]>;

/** The empty state names what was asked for: "No charges with id 1." */
export function chargesEmptyMessage(filters: Filters): string {
  return emptyListMessage(
    "charges",
    [
      filters.ids && `with id ${filters.ids}`,
      filters.status && `with status “${chargeStatusLabel(filters.status)}”`,
      filters.customer_id && `for customer ${filters.customer_id}`,
      dateRangePhrase("scheduled", filters.scheduled_at_min, filters.scheduled_at_max),
      dateRangePhrase("processed", filters.processed_at_min, filters.processed_at_max),
      dateRangePhrase("created", filters.created_at_min, filters.created_at_max),
      dateRangePhrase("updated", filters.updated_at_min, filters.updated_at_max),
    ],
    "There are no charges yet.",
  );
}
