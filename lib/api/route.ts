import "server-only";
import { can, type Permission } from "@/lib/auth/permissions";
import { getOperator } from "@/lib/auth/session";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { ApiError } from "./errors";
import { errorResponse, jsonResponse } from "./respond";
import { assertSameOrigin } from "./same-origin";

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
 * The one wrapper every API route uses: session (401) → role (403) → same-origin and JSON for
 * mutations (403/415) → handler → `{"data": …}` or the error envelope. Handlers throw ApiError.
 */
export function apiRoute<Params = Record<string, never>>(
  options: RouteOptions,
  handler: (context: RouteContext<Params>) => Promise<unknown>,
) {
  const wrapped = async (request: Request, context: NextRouteContext<Params>): Promise<Response> => {
    try {
      const operator = await getOperator();
      if (!operator) throw new ApiError("unauthenticated");
      if (!can(operator.role, options.permission)) throw new ApiError("forbidden");
      if (options.mutation) {
        assertSameOrigin(request);
        if (!request.headers.get("content-type")?.startsWith("application/json")) {
          throw new ApiError("unsupported_media_type");
        }
      }
      // A handler may answer with its own Response (e.g. a list with cursors); anything else is `data`.
      const result = await handler({ request, operator, params: await context.params });
      return result instanceof Response ? result : jsonResponse({ data: result });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(wrapped, { permission: options.permission, mutation: options.mutation ?? false });
}
