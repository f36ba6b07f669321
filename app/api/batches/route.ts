// GET /api/batches — batches uploaded from the dashboard, newest first, with live status;
// POST — create, fill, record and start one (admin)
import { z } from "zod";
import { listBatches } from "@/lib/api/batch-list";
import { mutationRoute } from "@/lib/api/mutation-route";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { submitBatch } from "@/lib/api/submit-batch";
import { batchSubmissionInputSchema } from "@/lib/schemas/batch-submission";

export const GET = apiRoute({ permission: "records:read" }, async ({ request }) =>
  jsonResponse(await listBatches(request.url, request.signal)),
);

export const POST = mutationRoute({
  action: "batch.submit",
  permission: "batches:write",
  targetType: "batch",
  params: z.object({}),
  targetId: () => "new",
  input: batchSubmissionInputSchema,
  maxBodyBytes: 8 * 1024 * 1024,
  // Thousands of rows do not belong in the audit log: the type, count and file do.
  auditRequest: (input) => ({
    batch_type: input.batch_type,
    task_count: input.tasks.length,
    file_name: input.source?.file_name ?? null,
    retry_of: input.retry_of ?? null,
  }),
  run: ({ input, operator, setTargetId }) => submitBatch(input, operator, setTargetId),
});
