import "server-only";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { can, type Permission } from "@/lib/auth/permissions";
import { getOperator } from "@/lib/auth/session";
import { ApiError } from "./errors";
import { sameOriginRefusal } from "./same-origin";

/** Who is asking, and whether they may pass; a refused operator is still named, for the audit log. */
export type Admission =
  | { admitted: true; operator: SessionOperator }
  | { admitted: false; operator: SessionOperator | null; refusal: ApiError };

/**
 * The one door of every operator route (apiRoute and mutationRoute), always in this order:
 * session (401) → role (403) → for mutations, same-origin (403) and a JSON body (415).
 */
export async function authorize(
  request: Request,
  permission: Permission,
  options: { mutation: boolean },
): Promise<Admission> {
  const operator = await getOperator();
  if (!operator) return { admitted: false, operator: null, refusal: new ApiError("unauthenticated") };
  const refused = (refusal: ApiError): Admission => ({ admitted: false, operator, refusal });
  if (!can(operator.role, permission)) return refused(new ApiError("forbidden"));
  if (options.mutation) {
    const crossSite = sameOriginRefusal(request);
    if (crossSite) return refused(crossSite);
    if (!request.headers.get("content-type")?.startsWith("application/json")) {
      return refused(new ApiError("unsupported_media_type"));
    }
  }
  return { admitted: true, operator };
}
