// CSV out, for templates, for rows given back to the operator (invalid rows, failed tasks) and for
// exports: the only CSV writer in the app, so every file it gives out is guarded against formulas.
import { guardFormula } from "./formula-guard";

function escapeCell(value: string): string {
  const safe = guardFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV lines, each ending with CRLF (what RFC 4180 and Excel expect); "" for no rows. */
export function toCsvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(escapeCell).join(",") + "\r\n").join("");
}

/** A header and its rows, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return toCsvLines([header, ...rows]);
}
