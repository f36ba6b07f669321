"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { ActionDialog } from "@/components/actions/action-dialog";
import { ReasonField } from "@/components/actions/reason-field";
import { validateWith } from "@/components/actions/use-form-validation";
import { useToast } from "@/components/layout/use-toast";
import type { BatchView } from "@/lib/api/batch-view";
import type { BatchTypeDefinition } from "@/lib/batches/types";
import { batchQueries } from "@/lib/queries/batches";
import { useActionMutation } from "@/lib/queries/use-action-mutation";
import { batchSubmissionInputSchema } from "@/lib/schemas/batch-submission";
import type { CheckedFile } from "./upload-preview";

/** Step 4: send the ready rows as one Recharge batch, then follow it on its own page. */
export function SubmitBatchDialog({
  definition,
  file,
  retryOf,
  open,
  onOpenChange,
}: {
  definition: BatchTypeDefinition;
  file: CheckedFile;
  retryOf: string | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const [reason, setReason] = useState("");
  const rows = file.valid.length.toLocaleString("en-US");
  const mutation = useActionMutation<unknown, BatchView>({
    url: "/api/batches",
    invalidates: [batchQueries.keys.lists()],
    onSuccess: (batch) => {
      toast.success(
        batch.status === "not_started"
          ? `Batch #${batch.id} is saved and waits for a free place in Recharge's queue.`
          : `Batch #${batch.id} started: ${rows} rows.`,
      );
      router.push(`/batches/${batch.id}`);
    },
  });
  // Thousands of rows: built and checked once per file, reason or server answer, not per keystroke render.
  const form = useMemo(
    () =>
      validateWith(
        batchSubmissionInputSchema,
        {
          batch_type: definition.type,
          tasks: file.valid.map((row) => ({ body: row.body })),
          source: { file_name: file.name, columns: file.header, rows: file.valid.map((row) => row.cells) },
          ...(retryOf ? { retry_of: retryOf } : {}),
          reason,
        },
        mutation.error,
      ),
    [definition.type, file, retryOf, reason, mutation.error],
  );

  return (
    <ActionDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`${definition.label}: ${rows} rows`}
      summary={
        <div className="space-y-1">
          <p>
            Recharge will run <strong>{rows}</strong> {definition.type.replace("discount_", "")} task
            {file.valid.length === 1 ? "" : "s"} from <strong>{file.name}</strong>
            {file.invalid.length > 0
              ? `, leaving out ${file.invalid.length.toLocaleString("en-US")} rows to fix`
              : ""}
            .
          </p>
          <p>
            Each row is applied on its own: some can fail while others succeed. You can retry the failed ones.
          </p>
        </div>
      }
      confirmLabel={`Submit ${rows} rows`}
      pendingLabel="Submitting…"
      destructive={definition.type === "discount_delete"}
      canConfirm={form.valid && !mutation.isSuccess}
      pending={mutation.isPending || mutation.isSuccess}
      error={mutation.error}
      onConfirm={() => form.data && mutation.send(form.data)}
      onRecheck={() => router.push("/batches")}
      recheckLabel="See the batches list"
    >
      <ReasonField value={reason} onChange={setReason} required={false} error={form.fields.reason} />
    </ActionDialog>
  );
}
