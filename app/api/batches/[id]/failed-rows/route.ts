// GET /api/batches/{id}/failed-rows — every failed task as the uploaded row it came from, with the reason
import { readFailedRows } from "@/lib/use-cases/batch-failed-rows";
import { detailRoute } from "@/lib/api/read-routes";

export const GET = detailRoute("records:read", readFailedRows);
