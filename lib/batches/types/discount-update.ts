import type { BatchTypeDefinition } from "./batch-type";
import { batchTypeNames } from "./batch-type-names";
import { recordId } from "./cell-converters";
import type { BatchColumn } from "./column-map";
import { discountFieldColumns } from "./discount-columns";

const idColumn: BatchColumn = {
  name: "id",
  path: ["discount_id"],
  convert: recordId,
  required: true,
  hint: "The discount's id (see the Discounts page).",
};

/**
 * A `discount_update` task names the discount and carries the fields to change apart:
 * `{"discount_id": 123, "changes": {...}}` (the schema and where the shape comes from: task-schemas.ts).
 */
export const discountUpdateBatch: BatchTypeDefinition = {
  ...batchTypeNames.discount_update,
  summary: "One row per existing discount, named by id. Blank cells leave a field as it is.",
  columns: [idColumn, ...discountFieldColumns({ code: false, value: false }, ["changes"])],
  unique: { column: "id", describe: "id", normalize: (cell) => cell.trim() },
  existingIdColumn: idColumn,
  exampleRows: [
    ["123", "", "", "", "disabled", "", "", "", "", "", "", ""],
    ["124", "", "percentage", "15", "", "", "2027-03-31", "", "", "", "", ""],
  ],
};
