import { parseRechargeTime } from "@/lib/utils/recharge-time";

// How a record's values become CSV cells. Money stays Recharge's decimal string ("29.20", never a
// float), instants become UTC ISO 8601 ("2026-11-21T04:35:12.000Z"), calendar dates stay a day
// ("2026-11-21"), and absent values are empty cells. The writer (lib/batches/csv) guards formulas.

export type CellValue = string | number | boolean | null | undefined;

/** One column of an export: its header and how a row gives its cell. */
export interface ExportColumn<Row> {
  header: string;
  cell: (row: Row) => CellValue;
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : String(value);
}

/** A Recharge date or timestamp as UTC ISO 8601; a value that is neither is kept as sent. */
export function utc(value: string | null | undefined): string {
  if (!value) return "";
  const time = parseRechargeTime(value);
  return time ? time.iso : value;
}

/** A list of values in one cell, separated the way a spreadsheet user would split them again. */
export function joined(values: readonly CellValue[] | null | undefined): string {
  return (values ?? [])
    .map(cellText)
    .filter((text) => text !== "")
    .join("; ");
}

/** The header row and a row's cells, in column order. */
export function headerOf<Row>(columns: readonly ExportColumn<Row>[]): string[] {
  return columns.map((column) => column.header);
}

export function cellsOf<Row>(columns: readonly ExportColumn<Row>[], row: Row): string[] {
  return columns.map((column) => cellText(column.cell(row)));
}
