import { defineListUrlState } from "./list-url-state";
import { isoDay, oneOf, text } from "./url-values";
import { discountStatuses, discountValueTypes } from "@/lib/schemas/recharge-enums";

const day = isoDay();

/** The discounts list's URL: Recharge's own filter names, so the query string goes to the BFF as is. */
export const discountListUrl = defineListUrlState({
  filters: {
    discount_code: text({ max: 255 }),
    status: oneOf(discountStatuses),
    discount_type: oneOf(discountValueTypes),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: ["created_at"],
});
