import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import type { ListResult } from "@/lib/recharge/schemas/list-envelope";
import { ApiError } from "./errors";
import { toListBody } from "./list-body";
import { readListQuery } from "./list-query";
import { jsonResponse } from "./respond";
import { apiRoute } from "./route";
import { idParamsSchema } from "./route-params";

/**
 * `GET /api/<resource>`: one cursor page of a Recharge list → `{data, nextCursor, previousCursor}`,
 * with `unreadable` when records of the page could not be read (list-body.ts).
 */
export function listRoute<Item>(
  permission: Permission,
  list: (query: unknown, signal: AbortSignal) => Promise<ListResult<Item>>,
) {
  return apiRoute({ permission }, async ({ request }) => {
    // The client validates the query against the resource's schema before sending (unknown
    // filter, bad value, cursor beside filters → invalid_request → 422).
    const page = await list(readListQuery(request.url), request.signal);
    return jsonResponse(toListBody(page));
  });
}

/** `GET /api/<resource>/{id}`: one Recharge record → `{data}`; an id that cannot exist is a 404. */
export function detailRoute<Item>(
  permission: Permission,
  get: (id: number, signal: AbortSignal) => Promise<Item>,
) {
  return apiRoute<{ id: string }>({ permission }, async ({ request, params }) => {
    const parsed = idParamsSchema.safeParse(params);
    if (!parsed.success) throw new ApiError("not_found", "No record has that id.");
    return get(parsed.data.id, request.signal);
  });
}
