// GET /api/audit — the audit log, newest first, filterable, one cursor page at a time (admin)
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { readAuditPage } from "@/lib/use-cases/audit-page";

export const GET = apiRoute({ permission: "audit:read" }, async ({ request }) =>
  jsonResponse(await readAuditPage(request.url)),
);
