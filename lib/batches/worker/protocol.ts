import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import type { ValidationReport } from "../validate-rows";

/** Page → worker: check this file (bytes from a file, or pasted text) as this batch type. */
export interface CheckRequest {
  id: number;
  batchType: SubmittableBatchType;
  file: ArrayBuffer | string;
}

/** Worker → page: the report, and how long parsing and validation took inside the worker. */
export interface CheckResponse {
  id: number;
  report: ValidationReport;
  elapsedMs: number;
}
