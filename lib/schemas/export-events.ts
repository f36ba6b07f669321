// The CSV export's contract, shared by the route (lib/use-cases/export) and the browser
// (lib/queries/export-download.ts): which lists export, and the NDJSON events the route streams.

export const exportResources = [
  "customers",
  "subscriptions",
  "charges",
  "discounts",
  "batch_tasks",
  "audit",
] as const;
export type ExportResource = (typeof exportResources)[number];

export type ExportOutcome = "complete" | "capped" | "cancelled" | "failed";

/** First: enough to name the file and state the cap before any row arrives. */
export interface ExportStartEvent {
  type: "start";
  resource: ExportResource;
  filename: string;
  maxRows: number;
  pageSize: number;
}

/** One per page read; `csv` is its rows (the first page's begins with the header line). */
export interface ExportPageEvent {
  type: "page";
  page: number;
  rows: number;
  totalRows: number;
  csv: string;
}

/** Last: how the export ended. The file is every page's `csv`, in order. */
export interface ExportEndEvent {
  type: "end";
  outcome: ExportOutcome;
  rows: number;
  pages: number;
  /** Where and why it stopped, for anything but `complete`. */
  message?: string;
}

export type ExportEvent = ExportStartEvent | ExportPageEvent | ExportEndEvent;
