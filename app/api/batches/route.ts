// GET /api/batches — batches uploaded from the dashboard, newest first, with live status;
// POST — create, fill, record and start one (admin)
import { z } from "zod";
import { mutationRoute } from "@/lib/api/mutation-route";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { checkedBatchSubmissionSchema } from "@/lib/batches/batch-submission-check";
import { tasksDigest } from "@/lib/use-cases/batch-digest";
import { listBatches } from "@/lib/use-cases/batch-list";
import { submitBatch } from "@/lib/use-cases/submit-batch";

export const GET = apiRoute({ permission: "records:read" }, async ({ request }) =>
  jsonResponse(await listBatches(request.url, request.signal)),
);

export const POST = mutationRoute({
  action: "batch.submit",
  permission: "batches:write",
  targetType: "batch",
  params: z.object({}),
  targetId: () => "new",
  // Every task parsed with its batch type's schema, and the file's rows matched to them (422 per row).
  input: checkedBatchSubmissionSchema,
  maxBodyBytes: 8 * 1024 * 1024,
  // Thousands of rows do not belong in the audit log: the type, count, file and a digest of the
  // bodies sent (the bodies themselves are kept with the upload record) do.
  auditRequest: (input) => ({
    batch_type: input.batch_type,
    task_count: input.tasks.length,
    tasks_sha256: tasksDigest(input.tasks),
    file_name: input.source?.file_name ?? null,
    retry_of: input.retry_of ?? null,
  }),
  run: ({ input, operator, setTargetId }) => submitBatch(input, operator, setTargetId),
});
