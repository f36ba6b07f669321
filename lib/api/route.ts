import "server-only";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import type { Permission } from "@/lib/auth/permissions";
import { authorize } from "./authorize";
import { errorResponse, jsonResponse } from "./respond";

export interface RouteContext<Params> {
  request: Request;
  operator: SessionOperator;
  params: Params;
}

export interface RouteOptions {
  /** What the operator's role must allow. */
  permission: Permission;
  /** Mutations also pass the same-origin check and must send JSON. */
  mutation?: boolean;
}

type NextRouteContext<Params> = { params: Promise<Params> };

/**
 * The wrapper of every operator route that is not an audited mutation (mutationRoute): the door
 * (authorize.ts: session 401 → role 403 → same-origin and JSON for mutations 403/415) → handler →
 * `{"data": …}` or the error envelope. Handlers throw ApiError.
 */
export function apiRoute<Params = Record<string, never>>(
  options: RouteOptions,
  handler: (context: RouteContext<Params>) => Promise<unknown>,
) {
  const wrapped = async (request: Request, context: NextRouteContext<Params>): Promise<Response> => {
    try {
      const door = await authorize(request, options.permission, { mutation: options.mutation ?? false });
      if (!door.admitted) throw door.refusal;
      // A handler may answer with its own Response (e.g. a list with cursors); anything else is `data`.
      const result = await handler({ request, operator: door.operator, params: await context.params });
      return result instanceof Response ? result : jsonResponse({ data: result });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(wrapped, { permission: options.permission, mutation: options.mutation ?? false });
}
