// CSV out, for templates and for rows given back to the operator (invalid rows, failed tasks).

// A cell starting with one of these is run as a formula by spreadsheets ("CSV injection"); a leading
// apostrophe makes them show it as text. Minus is left alone: "-5" is a value people type.
const FORMULA_START = /^[=+@]/;

function escapeCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows joined with CRLF (what RFC 4180 and Excel expect), ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeCell).join(",")).join("\r\n") + "\r\n";
}
