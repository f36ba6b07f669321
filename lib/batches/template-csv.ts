import { toCsv } from "./csv/write-csv";
import type { BatchTypeDefinition } from "./types/batch-type";

/** The downloadable template: the type's columns and its example rows. */
export function templateCsv(definition: BatchTypeDefinition): string {
  return toCsv(
    definition.columns.map((column) => column.name),
    definition.exampleRows,
  );
}

export function templateFileName(definition: BatchTypeDefinition): string {
  return `${definition.type.replace("_", "-")}-template.csv`;
}
