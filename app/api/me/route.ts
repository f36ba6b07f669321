// GET /api/me — the signed-in operator and what their role allows
import { apiRoute } from "@/lib/api/route";
import { rolePermissions } from "@/lib/auth/permissions";

export const GET = apiRoute({ permission: "records:read" }, async ({ operator }) => ({
  ...operator,
  permissions: [...rolePermissions[operator.role]],
}));
