// From parsed CSV to what the preview shows and what gets submitted: the header checked against the
// batch type's columns, every row turned into a task body (or field messages), then checks across
// rows (a code or id twice in the file). Pure and synchronous: it runs in a Web Worker.
import { TASKS_PER_BATCH } from "@/lib/schemas/submittable-batch-types";
import type { CsvRecord } from "./csv/parse-csv";
import { rowToBody, type RowErrors } from "./types/column-map";
import type { CheckedBatchType } from "./types/task-schemas";

export interface ValidRow {
  line: number;
  /** The cells as uploaded, in the file's column order: what "download" and "retry" give back. */
  cells: string[];
  body: Record<string, unknown>;
}

export interface InvalidRow {
  line: number;
  cells: string[];
  errors: RowErrors;
}

export type ValidationReport =
  | { ok: false; message: string }
  | {
      ok: true;
      header: string[];
      /** Columns in the file that this batch type does not use (left out of every task). */
      ignoredColumns: string[];
      valid: ValidRow[];
      invalid: InvalidRow[];
    };

/** Columns the dashboard writes itself into files it gives back; ignored without a notice. */
const OWN_COLUMNS = new Set(["error", "line"]);

export function validateRows(
  definition: CheckedBatchType,
  header: readonly string[],
  records: readonly CsvRecord[],
): ValidationReport {
  const seen = new Set<string>();
  const repeated = header.filter((name) => (seen.has(name) ? true : (seen.add(name), false)));
  if (repeated.length > 0)
    return { ok: false, message: `The header names ${quoteList(repeated)} more than once.` };

  const known = new Set(definition.columns.map((column) => column.name));
  const missing = definition.columns.filter((column) => column.required && !header.includes(column.name));
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The file has no ${quoteList(missing.map((column) => column.name))} column. Its header must name the columns of the template: ${definition.columns.map((column) => column.name).join(", ")}.`,
    };
  }
  if (records.length === 0) return { ok: false, message: "The file has a header but no rows." };
  if (records.length > TASKS_PER_BATCH) {
    return {
      ok: false,
      message: `The file has ${records.length.toLocaleString("en-US")} rows; a batch holds at most ${TASKS_PER_BATCH.toLocaleString("en-US")}. Split it into files of ${TASKS_PER_BATCH.toLocaleString("en-US")} rows or fewer and upload them one after another.`,
    };
  }

  const rows = records.map((record) => checkRow(definition, header, record));
  markRepeats(definition, header, rows);

  const valid: ValidRow[] = [];
  const invalid: InvalidRow[] = [];
  for (const row of rows) {
    if (row.body && Object.keys(row.errors).length === 0)
      valid.push({ line: row.line, cells: row.cells, body: row.body });
    else invalid.push({ line: row.line, cells: row.cells, errors: row.errors });
  }
  return {
    ok: true,
    header: [...header],
    ignoredColumns: header.filter((name) => !known.has(name) && !OWN_COLUMNS.has(name)),
    valid,
    invalid,
  };
}

interface CheckedRow {
  line: number;
  cells: string[];
  body: Record<string, unknown> | null;
  errors: RowErrors;
}

function checkRow(definition: CheckedBatchType, header: readonly string[], record: CsvRecord): CheckedRow {
  if (record.cells.length !== header.length) {
    return {
      line: record.line,
      cells: record.cells,
      body: null,
      errors: { row: [`has ${record.cells.length} values; the header has ${header.length}`] },
    };
  }
  const byColumn: Record<string, string> = {};
  header.forEach((name, index) => (byColumn[name] = record.cells[index] ?? ""));
  const result = rowToBody(definition.columns, definition.schema, byColumn);
  return result.ok
    ? { line: record.line, cells: record.cells, body: result.body, errors: {} }
    : { line: record.line, cells: record.cells, body: null, errors: result.errors };
}

/** Every row whose unique value appears again elsewhere in the file is invalid: which one was meant? */
function markRepeats(definition: CheckedBatchType, header: readonly string[], rows: CheckedRow[]): void {
  const { column, describe, normalize } = definition.unique;
  const index = header.indexOf(column);
  if (index < 0) return;
  const linesByValue = new Map<string, number[]>();
  for (const row of rows) {
    const value = normalize(row.cells[index] ?? "");
    if (value === "") continue;
    const lines = linesByValue.get(value);
    if (lines) lines.push(row.line);
    else linesByValue.set(value, [row.line]);
  }
  for (const row of rows) {
    const lines = linesByValue.get(normalize(row.cells[index] ?? ""));
    if (!lines || lines.length < 2) continue;
    const others = lines.filter((line) => line !== row.line);
    (row.errors[column] ??= []).push(
      `the same ${describe} is also on line${others.length > 1 ? "s" : ""} ${others.join(", ")}`,
    );
  }
}

function quoteList(names: readonly string[]): string {
  return names.map((name) => `“${name}”`).join(", ");
}
