// The whole client-side check of an uploaded file: bytes → UTF-8 text → CSV → rows checked against
// the batch type. Runs in the validation worker; tests and the benchmark call it directly.
import { decodeCsvBytes, parseCsv } from "./csv/parse-csv";
import { checkedBatchTypes } from "./types/task-schemas";
import { validateRows, type ValidationReport } from "./validate-rows";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";

export function checkCsvFile(batchType: SubmittableBatchType, file: ArrayBuffer | string): ValidationReport {
  const decoded = typeof file === "string" ? { ok: true as const, text: file } : decodeCsvBytes(file);
  if (!decoded.ok) return decoded;
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok) return parsed;
  return validateRows(checkedBatchTypes[batchType], parsed.header, parsed.records);
}
