// Update and delete rows name existing discounts: before anything is submitted, ask Recharge (through
// the BFF's list route, 250 ids a request) which of the file's ids exist, and mark the rows that name
// one that does not.
import type { BatchColumn } from "./types/column-map";
import type { InvalidRow, ValidRow } from "./validate-rows";

export const IDS_PER_LOOKUP = 250;

/** Returns the ids among `ids` that exist; `lookup` answers one chunk (≤ 250 ids). */
export async function findExistingIds(
  ids: readonly number[],
  lookup: (chunk: number[]) => Promise<number[]>,
  onProgress?: (checked: number) => void,
): Promise<Set<number>> {
  const unique = [...new Set(ids)];
  const found = new Set<number>();
  for (let start = 0; start < unique.length; start += IDS_PER_LOOKUP) {
    const chunk = unique.slice(start, start + IDS_PER_LOOKUP);
    for (const id of await lookup(chunk)) found.add(id);
    onProgress?.(Math.min(start + IDS_PER_LOOKUP, unique.length));
  }
  return found;
}

/** Moves the valid rows whose id is not in `existing` to the invalid ones, keeping file order. */
export function markMissingIds(
  valid: readonly ValidRow[],
  invalid: readonly InvalidRow[],
  idColumn: Pick<BatchColumn, "name" | "path">,
  existing: ReadonlySet<number>,
  noun: string,
): { valid: ValidRow[]; invalid: InvalidRow[] } {
  const stillValid: ValidRow[] = [];
  const nowInvalid: InvalidRow[] = [];
  for (const row of valid) {
    const id = idInBody(row.body, idColumn);
    if (typeof id === "number" && existing.has(id)) stillValid.push(row);
    else
      nowInvalid.push({
        line: row.line,
        cells: row.cells,
        errors: { [idColumn.name]: [`no ${noun} has this id`] },
      });
  }
  return { valid: stillValid, invalid: [...invalid, ...nowInvalid].sort((a, b) => a.line - b.line) };
}

/** The id a row's body carries where its id column puts it (`discount_id` in a task body). */
export function idInBody(
  body: Readonly<Record<string, unknown>>,
  idColumn: Pick<BatchColumn, "path">,
): unknown {
  let node: unknown = body;
  for (const key of idColumn.path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}
