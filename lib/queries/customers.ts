import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { Address } from "@/lib/recharge/schemas/address";
import type { Customer } from "@/lib/recharge/schemas/customer";
import { fetchJson } from "./fetch-json";
import type { ListPage } from "./list-page";
import { resourceQueries } from "./resource-queries";

const customers = resourceQueries<Customer>("customers");

/**
 * Customers: the list and detail of `resourceQueries`, plus a customer's addresses
 * (`GET /api/customers/{id}/addresses`). Address pages live under the customer's detail key, so
 * invalidating `keys.detail(id)` refreshes the customer and their addresses together.
 */
export const customerQueries = {
  ...customers,
  keys: {
    ...customers.keys,
    addresses: (customerId: number | string, queryString: string) =>
      [...customers.keys.detail(customerId), "addresses", queryString] as const,
  },
  addresses: (customerId: number | string, queryString: string) =>
    queryOptions({
      // = keys.addresses(customerId, queryString), spelled out for the linter
      queryKey: ["customers", "detail", String(customerId), "addresses", queryString] as const,
      queryFn: ({ signal }) =>
        fetchJson<ListPage<Address>>(`/api/customers/${customerId}/addresses?${queryString}`, { signal }),
      placeholderData: keepPreviousData,
    }),
};
