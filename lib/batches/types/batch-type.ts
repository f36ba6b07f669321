import type { BatchTypeName } from "./batch-type-names";
import type { BatchColumn } from "./column-map";

/**
 * Everything the batch screens know about one batch type. Adding a type (onetime_create, …) is a new
 * definition in this folder: its names (batch-type-names.ts), a column map here, and its task schema
 * in task-schemas.ts. Free of zod:
 * the list, detail and upload pages render from these, and zod loads only where rows are checked.
 */
export interface BatchTypeDefinition extends BatchTypeName {
  /** One sentence under the choice. */
  summary: string;
  columns: readonly BatchColumn[];
  /** A value that must not repeat within the file (a code to create, an id to change). */
  unique: { column: string; describe: string; normalize: (cell: string) => string };
  /** The column holding an existing record's id: checked with Recharge before submitting. */
  existingIdColumn?: BatchColumn;
  /** Rows of the downloadable template, in column order. */
  exampleRows: readonly (readonly string[])[];
}
