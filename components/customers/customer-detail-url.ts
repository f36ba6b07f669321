// The customer page's URL: each paged section keeps its own cursor under a prefix
// (`subscriptions_cursor`, `history_cursor`…) so Back and shared links restore every section.
// Pure and server-safe: the page prefetches exactly the query strings the sections will ask for.
import { createLoader, createParser, parseAsNumberLiteral, parseAsStringLiteral } from "nuqs/server";
import { PAGE_SIZES, toListQueryString, type PageSize } from "@/components/data-table/list-url-state";
import { chargeStatuses } from "@/lib/schemas/recharge-enums";

export const SECTION_PAGE_SIZE: PageSize = 25;

/**
 * Skeleton rows of a section's table before its first page arrives (the server usually prefetched
 * it): a customer has a handful of records, so a full page of placeholders would collapse on arrival.
 */
export const SECTION_SKELETON_ROWS = 3;

export const customerSections = ["addresses", "subscriptions", "upcoming", "history"] as const;
export type CustomerSection = (typeof customerSections)[number];

/** Paging keys of one section, un-prefixed; `urlKeys` maps them to `<section>_<key>`. */
export const sectionPagingParsers = {
  cursor: createParser<string>({
    parse: (value) => (value.length > 0 && value.length <= 4096 ? value : null),
    serialize: (value) => value,
  }),
  offset: createParser<number>({
    parse: (value) => (/^\d{1,9}$/.test(value) ? Number(value) : null),
    serialize: (value) => String(value),
  }),
  limit: parseAsNumberLiteral(PAGE_SIZES).withDefault(SECTION_PAGE_SIZE),
};

export function sectionUrlKeys(section: CustomerSection) {
  return { cursor: `${section}_cursor`, offset: `${section}_offset`, limit: `${section}_limit` };
}

/** The history table's status picker (Recharge's `status` filter takes one value). */
export const historyStatusParser = parseAsStringLiteral(chargeStatuses);
export const HISTORY_STATUS_KEY = "history_status";

export interface SectionPaging {
  cursor: string | null;
  offset: number | null;
  limit: PageSize;
}

/**
 * What a section lists on its first page, in Recharge's filter names; later pages send only the
 * cursor, which carries these. Addresses go to `/api/customers/{id}/addresses`, which adds the customer.
 */
export function sectionFilters(
  section: CustomerSection,
  customerId: string,
  historyStatus: string | null,
): { filters: Record<string, string | null>; sortBy: string | null } {
  switch (section) {
    case "addresses":
      return { filters: {}, sortBy: null };
    case "subscriptions":
      return { filters: { customer_id: customerId }, sortBy: null };
    case "upcoming":
      return { filters: { customer_id: customerId, status: "queued" }, sortBy: "scheduled_at-asc" };
    case "history":
      // Newest first; every status unless the operator picks one (queued ones are also listed above).
      return { filters: { customer_id: customerId, status: historyStatus }, sortBy: null };
  }
}

/** The query string a section sends (and its react-query key), from its paging state. */
export function sectionQueryString(
  section: CustomerSection,
  customerId: string,
  paging: SectionPaging,
  historyStatus: string | null = null,
): string {
  const { filters, sortBy } = sectionFilters(section, customerId, historyStatus);
  return toListQueryString({ ...paging, sortBy, filters });
}

/** Server side: every section's query string for the page's `searchParams`, to prefetch them. */
export function loadSectionQueryStrings(
  customerId: string,
  searchParams: Record<string, string | string[] | undefined>,
): Record<CustomerSection, string> {
  const historyStatus = createLoader(
    { status: historyStatusParser },
    { urlKeys: { status: HISTORY_STATUS_KEY } },
  )(searchParams).status;
  const entries = customerSections.map((section) => {
    const paging = createLoader(sectionPagingParsers, { urlKeys: sectionUrlKeys(section) })(searchParams);
    return [section, sectionQueryString(section, customerId, paging, historyStatus)] as const;
  });
  return Object.fromEntries(entries) as Record<CustomerSection, string>;
}
