import "server-only";
import { ApiError } from "./errors";

// Query strings are all text; Recharge's list params are typed. Only these keys are numbers or id lists.
const NUMBER_KEYS = new Set(["limit", "customer_id", "address_id", "purchase_item_id", "charge_id"]);
const ID_LIST_KEYS = new Set(["ids"]);

const asNumber = (value: string): number | string => (/^\d{1,15}$/.test(value) ? Number(value) : value);

/**
 * Reads a list request's query string into the object Recharge's client expects. A repeated key is a
 * 422; empty values are dropped (an empty filter box means "no filter"). The client validates the
 * result against the resource's schema, refusing unknown filters and a cursor beside filters.
 */
export function readListQuery(url: string): Record<string, unknown> {
  const params = new URL(url).searchParams;
  const query: Record<string, unknown> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1)
      throw new ApiError("validation_failed", `Give "${key}" once.`, { [key]: ["is repeated"] });
    const value = values[0]?.trim() ?? "";
    if (value === "") continue;
    if (NUMBER_KEYS.has(key)) query[key] = asNumber(value);
    else if (ID_LIST_KEYS.has(key)) query[key] = value.split(",").map((part) => asNumber(part.trim()));
    else query[key] = value;
  }
  return query;
}
