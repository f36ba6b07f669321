import "server-only";
import { findBatchUploadSummary } from "@/lib/db/batch-uploads";
import { getDb } from "@/lib/db/client";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";
import type { Lane } from "@/lib/recharge/transport/leaky-bucket";
import { toBatchView } from "./batch-view";

/** The record behind each `GET /api/<resource>/{id}`, shared by route handlers and server prefetch. */
export const resourceDetails = {
  customers: (id: number, signal?: AbortSignal) => getRechargeClient().customers.get(id, { signal }),
  // With its customer and address, so the page names them instead of showing bare ids.
  subscriptions: (id: number, signal?: AbortSignal) =>
    getRechargeClient().subscriptions.getWithRelations(id, { signal }),
  charges: (id: number, signal?: AbortSignal) => getRechargeClient().charges.get(id, { signal }),
  discounts: (id: number, signal?: AbortSignal) => getRechargeClient().discounts.get(id, { signal }),
  // With the dashboard's own record of the upload (who, which file), when it has one. `lane`: the
  // browser's progress polls pass "bulk" (app/api/batches/[id]/route.ts); the page's first read is a person's.
  batches: async (id: number, signal?: AbortSignal, lane?: Lane) => {
    const [batch, upload] = await Promise.all([
      getRechargeClient().asyncBatches.get(id, { signal, lane }),
      getDb().then((db) => findBatchUploadSummary(db, String(id))),
    ]);
    return toBatchView(batch, upload);
  },
} as const;
export type DetailResource = keyof typeof resourceDetails;
