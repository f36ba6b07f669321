"use client";

import { ActionErrorNotice } from "@/components/actions/action-error-notice";
import { useToast } from "@/components/layout/use-toast";
import { Button } from "@/components/ui/button";
import type { BatchView } from "@/lib/api/batch-view";
import { batchQueries } from "@/lib/queries/batches";
import { useActionMutation } from "@/lib/queries/use-action-mutation";

/**
 * A batch that found Recharge's queue full is saved whole; this starts it once a place is free. If
 * the queue is still full the server says so (409) and nothing changes.
 */
export function StartBatchButton({ batch }: { batch: BatchView }) {
  const toast = useToast();
  const mutation = useActionMutation<{ reason?: string }, BatchView>({
    url: `/api/batches/${batch.id}/process`,
    invalidates: [batchQueries.keys.all],
    onSuccess: () => toast.success(`Batch #${batch.id} started.`),
  });
  return (
    <div className="space-y-2">
      <Button onClick={() => mutation.send({})} disabled={mutation.isPending}>
        {mutation.isPending ? "Starting…" : "Start batch now"}
      </Button>
      <ActionErrorNotice error={mutation.error} />
    </div>
  );
}
