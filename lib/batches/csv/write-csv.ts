// CSV out, for templates and for rows given back to the operator (invalid rows, failed tasks): the
// only CSV writer in the app, so every file it gives out is guarded against formulas.
import { guardFormula } from "./formula-guard";

function escapeCell(value: string): string {
  const safe = guardFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF (what RFC 4180 and Excel expect), ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCell).join(",")).join("\r\n") + "\r\n";
}
