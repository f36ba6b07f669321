// Recharge's attribute order (release-notes-2021-11.txt, "Ordering of attributes"; api-standards-2021-11.txt,
// "Attribute keys"): the primary `id` first, then the keys relating the object to other Recharge
// resources alphabetically, then every other key alphabetically "where underscores are treated as
// spaces". Records are built in this order by hand; this comparator is what tests check them against.

/**
 * A key relating an object to another Recharge resource: a `*_id` that is not an external platform's
 * id (`external_order_id` is an object of the e-commerce platform's ids, not a Recharge relation).
 */
export function isRelationKey(key: string): boolean {
  return key !== "id" && key.endsWith("_id") && !key.startsWith("external_");
}

/** Alphabetical "where underscores are treated as spaces": `tax_lines` < `taxable`, `address_x` < `address1`. */
function compareAsWords(a: string, b: string): number {
  const left = a.replaceAll("_", " ");
  const right = b.replaceAll("_", " ");
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Orders two keys of one object as Recharge prints them. */
export function compareRechargeKeys(a: string, b: string): number {
  const rank = (key: string) => (key === "id" ? 0 : isRelationKey(key) ? 1 : 2);
  return rank(a) - rank(b) || compareAsWords(a, b);
}

/** The keys in Recharge's order (a sorted copy). */
export function rechargeKeyOrder(keys: readonly string[]): string[] {
  return [...keys].sort(compareRechargeKeys);
}
