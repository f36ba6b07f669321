// A batch type's CSV columns and where each lands in the task body. Rows become bodies through this
// map, and the body's zod issues find their way back to the column the operator has to fix.
import type { z } from "zod";
import type { CellConverter } from "./cell-converters";

export interface BatchColumn {
  /** Header name in the CSV. */
  name: string;
  /** Path of the value inside the task body, e.g. ["usage_limits", "max_subsequent_redemptions"]. */
  path: readonly string[];
  convert: CellConverter;
  /** A required column must be in the header and filled on every row. */
  required?: boolean;
  /** One line for the template help: what to put here. */
  hint: string;
}

export type RowErrors = Record<string, string[]>;
export type RowResult = { ok: true; body: Record<string, unknown> } | { ok: false; errors: RowErrors };

function addError(errors: RowErrors, column: string, message: string): void {
  (errors[column] ??= []).push(message);
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.forEach((key, depth) => {
    if (depth === path.length - 1) node[key] = value;
    else node = (node[key] ??= {}) as Record<string, unknown>;
  });
}

/** The column an issue at `path` belongs to: the column whose path is the longest prefix of it. */
function columnOf(columns: readonly BatchColumn[], path: readonly PropertyKey[]): string {
  let best: BatchColumn | undefined;
  for (const column of columns) {
    const matches = column.path.every((key, index) => path[index] === key);
    if (matches && column.path.length <= path.length && (!best || column.path.length > best.path.length))
      best = column;
  }
  return best?.name ?? "row";
}

/**
 * Builds the body of one row: blank cells are left out (Recharge's default, or "unchanged" on an
 * update), each filled cell is converted, and the whole body is checked with `schema`, the same zod
 * schema the Recharge client checks single-record bodies with. Every problem of the row is kept,
 * each under its column.
 */
export function rowToBody(
  columns: readonly BatchColumn[],
  schema: z.ZodType,
  cells: Readonly<Record<string, string>>,
): RowResult {
  const errors: RowErrors = {};
  const body: Record<string, unknown> = {};
  for (const column of columns) {
    const cell = cells[column.name] ?? "";
    if (cell.trim() === "") {
      if (column.required) addError(errors, column.name, "is required");
      continue;
    }
    const converted = column.convert(cell);
    if (converted.ok) setPath(body, column.path, converted.value);
    else addError(errors, column.name, converted.message);
  }
  // The schema runs even when a cell already failed, so the row names every column to fix at once;
  // a column that already has its cell's problem is not blamed twice (a blank required cell would
  // otherwise add zod's "expected string" beside "is required").
  const cellProblems = new Set(Object.keys(errors));
  const parsed = schema.safeParse(body);
  if (parsed.success && cellProblems.size === 0)
    return { ok: true, body: parsed.data as Record<string, unknown> };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const column = columnOf(columns, issue.path);
    if (!cellProblems.has(column)) addError(errors, column, issue.message);
  }
  return { ok: false, errors };
}
