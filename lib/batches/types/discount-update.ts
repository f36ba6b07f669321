import { z } from "zod";
import { checkDiscountRules, discountFieldsShape, discountIdSchema } from "@/lib/schemas/discount-fields";
import type { BatchTypeDefinition } from "./batch-type";
import { recordId } from "./cell-converters";
import { discountFieldColumns } from "./discount-columns";

/** A task names the discount by `id` (recharge-api.md §6) beside the fields to change. */
const discountUpdateTaskSchema = z
  .strictObject({ ...discountFieldsShape, id: discountIdSchema })
  .partial()
  .required({ id: true })
  .superRefine(checkDiscountRules)
  .refine(
    ({ id: _id, ...fields }) => Object.values(fields).some((value) => value !== undefined),
    "fill at least one column to change besides id",
  );

export const discountUpdateBatch: BatchTypeDefinition = {
  type: "discount_update",
  label: "Update discount codes",
  summary: "One row per existing discount, named by id. Blank cells leave a field as it is.",
  columns: [
    {
      name: "id",
      path: ["id"],
      convert: recordId,
      required: true,
      hint: "The discount's id (see the Discounts page).",
    },
    ...discountFieldColumns({ code: false, value: false }),
  ],
  schema: discountUpdateTaskSchema,
  unique: { column: "id", describe: "id", normalize: (cell) => cell.trim() },
  existingIdColumn: "id",
  exampleRows: [
    ["123", "", "", "", "disabled", "", "", "", "", "", "", ""],
    ["124", "", "percentage", "15", "", "", "2027-03-31", "", "", "", "", ""],
  ],
  describeBody: (body) => `#${String(body.id ?? "")}`,
};
