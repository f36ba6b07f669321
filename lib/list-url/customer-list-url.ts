import { defineListUrlState } from "./list-url-state";
import { isoDay, matching, text } from "./url-values";

const day = isoDay();

/** The customers list's URL: Recharge's own filter names, so the query string goes to the BFF as is. */
export const customerListUrl = defineListUrlState({
  filters: {
    // Recharge matches `email` exactly; `ids` takes one id here (the search box finds one customer).
    email: text({ min: 3, max: 254, contains: "@" }),
    ids: matching(/\d{1,15}/),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: ["id", "created_at", "updated_at"],
});
