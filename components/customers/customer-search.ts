// The "Find customer" box: one text field that becomes Recharge's `email` or `ids` filter. Pure, so
// the rules (and the words that explain them) are unit-tested.
import { dateRangePhrase, emptyListMessage } from "@/components/data-table/empty-message";
import { formatDate } from "@/components/data-table/format";

export type CustomerSearch =
  | { kind: "empty" }
  | { kind: "email"; email: string }
  | { kind: "id"; id: string }
  /** Neither an email nor an id: Recharge has no partial or name search, so nothing is sent. */
  | { kind: "invalid" };

/** "a@b.com" → email, "93415041" or "#93415041" → id, "" → empty, anything else → invalid. */
export function parseCustomerSearch(text: string): CustomerSearch {
  const value = text.trim();
  if (value === "") return { kind: "empty" };
  if (value.includes("@")) return value.length >= 3 ? { kind: "email", email: value } : { kind: "invalid" };
  const id = value.replace(/^#/, "");
  return /^\d{1,15}$/.test(id) ? { kind: "id", id } : { kind: "invalid" };
}

/** The URL filters a search sets; both keys always, so an email search clears an id search. */
export function searchFilters(search: CustomerSearch): { email: string | null; ids: string | null } {
  switch (search.kind) {
    case "email":
      return { email: search.email, ids: null };
    case "id":
      return { email: null, ids: search.id };
    case "empty":
    case "invalid":
      return { email: null, ids: null };
  }
}

/** What the box shows for the URL's filters (an email wins: the box sets only one of them). */
export function searchText(filters: { email: string | null; ids: string | null }): string {
  return filters.email ?? filters.ids ?? "";
}

export const SEARCH_HELP = "A full email address or a customer id.";
export const SEARCH_INVALID = "Enter a full email address (with @) or a customer id (digits only).";

/** The hint under the box: which filter the list is showing, or why the text was not searched. */
export function searchHint(applied: { email: string | null; ids: string | null }, draftIsValid: boolean) {
  if (!draftIsValid) return SEARCH_INVALID;
  if (applied.email) return "Searched by email (exact match).";
  if (applied.ids) return "Searched by customer id.";
  return SEARCH_HELP;
}

interface ListFilters {
  email: string | null;
  ids: string | null;
  created_at_min: string | null;
  created_at_max: string | null;
}

/** The empty state, naming the filters: "No customers with email “a@b.com”." */
export function customersEmptyMessage(filters: ListFilters): string {
  return emptyListMessage(
    "customers",
    [
      filters.email ? `with email “${filters.email}”` : filters.ids && `with id ${filters.ids}`,
      dateRangePhrase("created", filters.created_at_min, filters.created_at_max, formatDate),
    ],
    "There are no customers yet.",
  );
}
