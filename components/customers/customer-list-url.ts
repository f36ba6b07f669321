import { z } from "zod";
import { defineListUrlState } from "@/components/data-table/list-url-state";

const day = z.iso.date();

/** The customers list's URL: Recharge's own filter names, so the query string goes to the BFF as is. */
export const customerListUrl = defineListUrlState({
  filters: {
    // Recharge matches `email` exactly; `ids` takes one id here (the search box finds one customer).
    email: z.string().trim().min(3).max(254).includes("@"),
    ids: z.string().regex(/^\d{1,15}$/),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: ["id", "created_at", "updated_at"],
});
