import type { BatchTypeDefinition } from "./batch-type";
import { batchTypeNames } from "./batch-type-names";
import { discountFieldColumns } from "./discount-columns";

export const discountCreateBatch: BatchTypeDefinition = {
  ...batchTypeNames.discount_create,
  summary: "One row per new code. Codes must be new to the store; case does not matter.",
  columns: discountFieldColumns({ code: true, value: true }),
  unique: { column: "code", describe: "code", normalize: (cell) => cell.trim().toLowerCase() },
  exampleRows: [
    ["WINTER10", "percentage", "10", "enabled", "2026-12-01", "2027-01-31", "ALL", "", "", "true", "false"],
    ["SHIPFREE", "shipping", "100", "", "", "", "SUBSCRIPTION", "25.00", "3", "", ""],
  ],
};
