import { defineListUrlState } from "./list-url-state";
import { isoDay, matching, oneOf } from "./url-values";
import { subscriptionStatuses } from "@/lib/schemas/recharge-enums";

const id = matching(/\d{1,15}/);
const day = isoDay();

/** The subscriptions list's URL: Recharge's own filter names, so the query string goes to the BFF as is. */
export const subscriptionListUrl = defineListUrlState({
  filters: {
    status: oneOf(subscriptionStatuses),
    ids: id,
    customer_id: id,
    created_at_min: day,
    created_at_max: day,
    // No cancelled_at filter exists: the overview's cancellations tile links here (#19).
    updated_at_min: day,
    updated_at_max: day,
  },
  sortFields: ["id", "created_at"],
});
