// GET /api/batches/{id}/tasks — a batch's tasks with their results, one cursor page at a time
import { ApiError } from "@/lib/api/errors";
import { readListQuery } from "@/lib/api/list-query";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { AsyncBatchTaskListParams } from "@/lib/recharge/schemas/list-filters";

export const GET = apiRoute<{ id: string }>({ permission: "records:read" }, async ({ request, params }) => {
  const parsed = idParamsSchema.safeParse(params);
  if (!parsed.success) throw new ApiError("not_found", "No record has that id.");
  const query = readListQuery(request.url) as AsyncBatchTaskListParams;
  const page = await getRechargeClient().asyncBatches.listTasks(parsed.data.id, query, {
    signal: request.signal,
  });
  return jsonResponse({ data: page.items, nextCursor: page.nextCursor, previousCursor: page.previousCursor });
});
