import type { BatchTypeDefinition } from "./batch-type";
import { discountFieldColumns } from "./discount-columns";

export const discountCreateBatch: BatchTypeDefinition = {
  type: "discount_create",
  label: "Create discount codes",
  summary: "One row per new code. Codes must be new to the store; case does not matter.",
  columns: discountFieldColumns({ code: true, value: true }),
  unique: { column: "code", describe: "code", normalize: (cell) => cell.trim().toLowerCase() },
  exampleRows: [
    ["WINTER10", "percentage", "10", "enabled", "2026-12-01", "2027-01-31", "ALL", "", "", "true", "false"],
    ["SHIPFREE", "shipping", "100", "", "", "", "SUBSCRIPTION", "25.00", "3", "", ""],
  ],
  describeBody: (body) => String(body.code ?? ""),
};
