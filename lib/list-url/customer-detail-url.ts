// The customer page's URL: each paged section is a list of its own whose keys carry the section's
// prefix (`subscriptions_cursor`, `history_status`…), so Back and shared links restore every section.
// Pure and server-safe: the page prefetches exactly the query strings the sections will ask for.
import { chargeStatuses } from "@/lib/schemas/recharge-enums";
import {
  defineListUrlState,
  loadListUrlState,
  toListQueryString,
  type FilterSchemas,
  type ListScope,
  type ListUrlDefinition,
  type PageSize,
} from "./list-url-state";
import { oneOf } from "./url-values";

export const SECTION_PAGE_SIZE: PageSize = 25;

export const customerSections = ["addresses", "subscriptions", "upcoming", "history"] as const;
export type CustomerSection = (typeof customerSections)[number];

const sectionPaging = (name: CustomerSection) =>
  ({ sortFields: [], defaultLimit: SECTION_PAGE_SIZE, keyPrefix: `${name}_` }) as const;

/** Each section's URL state; only the history has a filter, its status picker (`history_status`). */
export const customerSectionUrls = {
  addresses: defineListUrlState({ filters: {}, ...sectionPaging("addresses") }),
  subscriptions: defineListUrlState({ filters: {}, ...sectionPaging("subscriptions") }),
  upcoming: defineListUrlState({ filters: {}, ...sectionPaging("upcoming") }),
  // Recharge's `status` filter takes one value.
  history: defineListUrlState({ filters: { status: oneOf(chargeStatuses) }, ...sectionPaging("history") }),
};

/**
 * What a section lists besides its URL's filters, in Recharge's filter names; later pages send only
 * the cursor, which carries these. Addresses go to `/api/customers/{id}/addresses`, which adds the customer.
 */
export function sectionScope(section: CustomerSection, customerId: string): ListScope {
  switch (section) {
    case "addresses":
      return {};
    case "subscriptions":
      return { filters: { customer_id: customerId } };
    case "upcoming":
      return { filters: { customer_id: customerId, status: "queued" }, sortBy: "scheduled_at-asc" };
    case "history":
      // Newest first; every status unless the operator picks one (queued ones are also listed above).
      return { filters: { customer_id: customerId } };
  }
}

/** Server side: every section's query string for the page's `searchParams`, to prefetch them. */
export function loadSectionQueryStrings(
  customerId: string,
  searchParams: Record<string, string | string[] | undefined>,
): Record<CustomerSection, string> {
  const load = <F extends FilterSchemas>(name: CustomerSection, definition: ListUrlDefinition<F>) =>
    toListQueryString(loadListUrlState(definition, searchParams), sectionScope(name, customerId));
  return {
    addresses: load("addresses", customerSectionUrls.addresses),
    subscriptions: load("subscriptions", customerSectionUrls.subscriptions),
    upcoming: load("upcoming", customerSectionUrls.upcoming),
    history: load("history", customerSectionUrls.history),
  };
}
