// `include=` ("Extending responses", api-reference-2021-11.txt:100-189): comma-separated names of
// related objects a GET adds to each record under an `include` key (E1 SubscriptionBase.include,
// dist/index.d.ts:1544). A name the resource's row of the table does not list is refused; a listed
// name the sandbox does not simulate (metafields, payment methods, charge activities, bundles) too.
import { unprocessable, type ApiResult } from "../domain/result";
import type { Store } from "../store/store";
import { compareRechargeKeys } from "../store/key-order";

/** The table's "Supported include values" per list endpoint. */
const DOCUMENTED: Readonly<Record<string, readonly string[]>> = {
  addresses: ["charge_activities", "customer", "discount", "payment_methods", "subscriptions"], // :115-119
  charges: ["charge_activities", "customer", "metafields", "payment_methods"], // :133-136
  customers: ["addresses", "metafields", "payment_methods", "subscriptions"], // :148-151
  orders: ["customer", "metafields"], // :165-166
  subscriptions: [
    "address",
    "charge_activities",
    "customer",
    "metafields",
    "bundle_product",
    "bundle_selections",
  ], // :182-187
};

/** How the sandbox builds each include it simulates, from the store and the record. */
export type IncludeResolvers<T> = Readonly<Record<string, (store: Store, row: T) => unknown>>;

/**
 * The include names asked for, sorted and unique, or the 422 to answer. An empty value counts as
 * absent, like an empty filter.
 */
export function parseInclude<T>(
  resource: string,
  raw: string | null | undefined,
  resolvers: IncludeResolvers<T> | undefined,
): string[] | ApiResult {
  const names = [...new Set((raw ?? "").split(",").map((name) => name.trim()))]
    .filter((name) => name !== "")
    .sort(compareRechargeKeys);
  const documented = DOCUMENTED[resource] ?? [];
  const problems = names.flatMap((name) => {
    if (!documented.includes(name)) return [`${name} is not a valid include for ${resource}`];
    if (!resolvers?.[name]) return [`${name} is not supported by the sandbox`];
    return [];
  });
  return problems.length > 0 ? unprocessable({ include: problems }) : names;
}

/** The record with `include: {name: …}` placed where Recharge's key order puts it. */
export function withIncludes<T extends object>(
  store: Store,
  row: T,
  names: readonly string[],
  resolvers: IncludeResolvers<T> | undefined,
): T | Record<string, unknown> {
  if (names.length === 0 || !resolvers) return row;
  const include: Record<string, unknown> = {};
  for (const name of names) include[name] = resolvers[name]?.(store, row) ?? null;
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(row)) {
    if (!placed && compareRechargeKeys("include", key) < 0) {
      out.include = include;
      placed = true;
    }
    out[key] = value;
  }
  if (!placed) out.include = include;
  return out;
}
