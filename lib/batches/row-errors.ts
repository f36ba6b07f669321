import { toCsv } from "./csv/write-csv";
import type { RowErrors } from "./types/column-map";

/** "value: must be between 0 and 100; code: is required" — one cell, readable in a spreadsheet. */
export function formatRowErrors(errors: RowErrors): string {
  return Object.entries(errors)
    .map(([column, messages]) =>
      column === "row" ? messages.join("; ") : `${column}: ${messages.join("; ")}`,
    )
    .join("; ");
}

/**
 * The rows given back to fix: the original columns and cells plus an `error` column. The upload
 * ignores that column, so the fixed file can be uploaded as it is.
 */
export function rowsWithErrorsCsv(
  header: readonly string[],
  rows: readonly { cells: readonly string[]; error: string }[],
): string {
  const columns = header.filter((name) => name !== "error");
  const errorIndex = header.indexOf("error");
  const strip = (cells: readonly string[]) =>
    errorIndex < 0 ? [...cells] : cells.filter((_, index) => index !== errorIndex);
  return toCsv(
    [...columns, "error"],
    rows.map((row) => [...strip(row.cells), row.error]),
  );
}
