// GET /api/customers/{id}/addresses — the customer's addresses (with their discounts), one cursor page
import { ApiError } from "@/lib/api/errors";
import { toListBody } from "@/lib/api/list-body";
import { readListQuery } from "@/lib/api/list-query";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { idParamsSchema } from "@/lib/api/route-params";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const GET = apiRoute<{ id: string }>({ permission: "records:read" }, async ({ request, params }) => {
  const parsed = idParamsSchema.safeParse(params);
  if (!parsed.success) throw new ApiError("not_found", "No record has that id.");
  const { cursor, limit } = readListQuery(request.url);
  const query =
    typeof cursor === "string"
      ? { cursor, limit: limit as number | undefined }
      : { customer_id: parsed.data.id, limit: limit as number | undefined };
  const page = await getRechargeClient().addresses.list(query, { signal: request.signal });
  return jsonResponse(toListBody(page));
});
