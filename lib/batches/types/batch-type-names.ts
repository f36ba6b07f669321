// How the batch pages name each batch type and its tasks: all that the list and a batch's page need,
// kept apart from the columns and cell converters of the upload (the definitions in index.ts), which
// those pages would otherwise load (~1 kB gzip, #18).
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";

export interface BatchTypeName {
  type: SubmittableBatchType;
  /** What an operator picks: "Create discount codes". */
  label: string;
  /** The tasks table's header for what a task acts on. */
  taskHeader: "Code" | "Discount";
  /** How a task is named in tables: its code or its id. */
  describeBody: (body: Record<string, unknown>) => string;
}

const discountId = (body: Record<string, unknown>) => `#${String(body.discount_id ?? "")}`;

export const batchTypeNames: Readonly<Record<SubmittableBatchType, BatchTypeName>> = {
  discount_create: {
    type: "discount_create",
    label: "Create discount codes",
    taskHeader: "Code",
    describeBody: (body) => String(body.code ?? ""),
  },
  discount_update: {
    type: "discount_update",
    label: "Update discount codes",
    taskHeader: "Discount",
    describeBody: discountId,
  },
  discount_delete: {
    type: "discount_delete",
    label: "Delete discount codes",
    taskHeader: "Discount",
    describeBody: discountId,
  },
};
