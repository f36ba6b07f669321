// POST /api/batches/{id}/process — start an uploaded batch that waited for a free place in Recharge's queue (admin)
import { z } from "zod";
import { toBatchView } from "@/lib/api/batch-view";
import { ApiError } from "@/lib/api/errors";
import { mutationRoute } from "@/lib/api/mutation-route";
import { idParamsSchema } from "@/lib/api/route-params";
import { findBatchUploadSummary } from "@/lib/db/batch-uploads";
import { getDb } from "@/lib/db/client";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import { optionalReasonSchema } from "@/lib/schemas/action-reason";
import { batchQueueFullError, isBatchQueueFull, isBatchQueueFullNow } from "@/lib/use-cases/batch-queue";

export const POST = mutationRoute({
  action: "batch.process",
  permission: "batches:write",
  targetType: "batch",
  params: idParamsSchema,
  targetId: (params) => String(params.id),
  input: z.strictObject({ reason: optionalReasonSchema }),
  run: async ({ params }) => {
    // Only a batch uploaded here is known to be whole: one made elsewhere may be half filled.
    const upload = await findBatchUploadSummary(await getDb(), String(params.id));
    if (!upload) throw new ApiError("not_found", "No batch uploaded from the dashboard has that id.");
    if (await isBatchQueueFullNow()) throw batchQueueFullError(String(params.id));
    try {
      const processed = await getRechargeClient().asyncBatches.process(params.id);
      return { data: toBatchView(processed.data, upload), meta: processed.meta };
    } catch (error) {
      if (isBatchQueueFull(error)) throw batchQueueFullError(String(params.id));
      throw error;
    }
  },
});
