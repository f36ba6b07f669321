import { defineListUrlState } from "./list-url-state";
import { isoDay, matching, oneOf } from "./url-values";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";

const id = matching(/\d{1,15}/);
const day = isoDay();

/** The charges list's URL: Recharge's own filter names, so the query string goes to the BFF as is. */
export const chargeListUrl = defineListUrlState({
  filters: {
    status: oneOf(chargeStatuses),
    customer_id: id,
    ids: id,
    scheduled_at_min: day,
    scheduled_at_max: day,
    processed_at_min: day,
    processed_at_max: day,
    created_at_min: day,
    created_at_max: day,
    // Refunds have no date of their own in Recharge: the overview's refunds tile links here (#19).
    updated_at_min: day,
    updated_at_max: day,
  },
  sortFields: ["id", "created_at", "updated_at", "scheduled_at"],
});
