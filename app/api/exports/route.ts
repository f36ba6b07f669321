// POST /api/exports — one list, exactly as filtered and sorted, every page, streamed as NDJSON events
// carrying CSV (lib/use-cases/export). A same-origin POST, because an export walks Recharge at full pace.
import { readJsonInput } from "@/lib/api/read-request";
import { apiRoute } from "@/lib/api/route";
import { exportRequestSchema, runExport } from "@/lib/use-cases/export/run-export";

// The platform's function time (Vercel): EXPORT_MAX_SECONDS stops the walk before it, saying so.
export const maxDuration = 300;

export const POST = apiRoute(
  { permission: "records:export", mutation: true },
  async ({ request, operator }) =>
    runExport(operator, await readJsonInput(request, exportRequestSchema, 8 * 1024), request.signal),
);
