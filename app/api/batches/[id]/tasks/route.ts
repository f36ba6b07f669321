// GET /api/batches/{id}/tasks — a batch's tasks with their results, one cursor page at a time;
// `status=failed|completed` is filtered here (Recharge documents only `ids` as a task filter)
import { ApiError } from "@/lib/api/errors";
import { readListQuery } from "@/lib/api/list-query";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { idParamsSchema } from "@/lib/api/route-params";
import { toListBody } from "@/lib/api/list-body";
import { readBatchTaskPage } from "@/lib/use-cases/batch-task-page";

export const GET = apiRoute<{ id: string }>({ permission: "records:read" }, async ({ request, params }) => {
  const parsed = idParamsSchema.safeParse(params);
  if (!parsed.success) throw new ApiError("not_found", "No record has that id.");
  const page = await readBatchTaskPage(parsed.data.id, readListQuery(request.url), request.signal);
  return jsonResponse(toListBody(page));
});
