import { z } from "zod";
import { defineListUrlState } from "@/components/data-table/list-url-state";
import { discountStatuses, discountValueTypes } from "@/lib/schemas/recharge-enums";

const day = z.iso.date();

/** The discounts list's URL: Recharge's own filter names, so the query string goes to the BFF as is. */
export const discountListUrl = defineListUrlState({
  filters: {
    discount_code: z.string().trim().min(1).max(255),
    status: z.enum(discountStatuses),
    discount_type: z.enum(discountValueTypes),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: ["created_at"],
});
