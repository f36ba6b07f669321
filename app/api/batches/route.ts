// GET /api/batches — Recharge async batches, newest first; POST — create, fill and start one (admin)
import { mutationRoute } from "@/lib/api/mutation-route";
import { listRoute } from "@/lib/api/read-routes";
import { resourceLists } from "@/lib/api/resource-lists";
import { submitBatch } from "@/lib/api/submit-batch";
import { batchSubmissionInputSchema } from "@/lib/schemas/batch-submission";
import { z } from "zod";

export const GET = listRoute("records:read", resourceLists.batches);

export const POST = mutationRoute({
  action: "batch.submit",
  permission: "batches:write",
  targetType: "batch",
  params: z.object({}),
  targetId: () => "new",
  input: batchSubmissionInputSchema,
  maxBodyBytes: 8 * 1024 * 1024,
  // Thousands of rows do not belong in the audit log: the type and count do.
  auditRequest: (input) => ({ batch_type: input.batch_type, task_count: input.tasks.length }),
  run: ({ input }) => submitBatch(input.batch_type, input.tasks),
});
