"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { idInBody, markMissingIds } from "@/lib/batches/existing-ids";
import { batchTypeDefinitions } from "@/lib/batches/types";
import { getErrorMessage } from "@/lib/queries/api-error";
import type { SubmittableBatchType } from "@/lib/schemas/submittable-batch-types";
import { BatchTypeChoice } from "./batch-type-choice";
import { CsvFileInput, type ChosenCsv } from "./csv-file-input";
import { UploadPreview, type CheckedFile } from "./upload-preview";
import { useCsvCheck } from "./use-csv-check";
import { checkDiscountIds } from "./check-discount-ids";

const SubmitBatchDialog = dynamic(() =>
  import("./submit-batch-dialog").then((module) => module.SubmitBatchDialog),
);

type Phase =
  | { name: "choosing" }
  | { name: "checking"; fileName: string; detail: string }
  | { name: "refused"; fileName: string; message: string }
  | { name: "ready"; file: CheckedFile };

export interface RetrySource {
  batchId: string;
  batchType: SubmittableBatchType;
  /** The failed rows as CSV (header first): checked again exactly like an upload. */
  csv: string;
}

/** The whole upload: choose a type, give a file, see what it holds, submit the rows that are ready. */
export function NewBatchFlow({ retry }: { retry?: RetrySource }) {
  const [batchType, setBatchType] = useState<SubmittableBatchType>(retry?.batchType ?? "discount_create");
  const [phase, setPhase] = useState<Phase>(
    retry
      ? { name: "checking", fileName: retryFileName(retry), detail: "Checking the failed rows again…" }
      : { name: "choosing" },
  );
  const [submitting, setSubmitting] = useState(false);
  const checkCsv = useCsvCheck();
  const definition = batchTypeDefinitions[batchType];

  // The next phase once the worker (and, for ids, Recharge) has answered; progress in between.
  const evaluate = useCallback(
    async (csv: ChosenCsv, onProgress: (detail: string) => void): Promise<Phase> => {
      const { report, elapsedMs } = await checkCsv(batchType, csv.content);
      if (!report.ok) return { name: "refused", fileName: csv.name, message: report.message };
      let { valid, invalid } = report;
      const idColumn = definition.existingIdColumn;
      if (idColumn && valid.length > 0) {
        const ids = valid.map((row) => idInBody(row.body, idColumn) as number);
        const total = new Set(ids).size.toLocaleString("en-US");
        try {
          const existing = await checkDiscountIds(ids, (checked) =>
            onProgress(
              `Checking that the discounts exist in Recharge: ${checked.toLocaleString("en-US")} of ${total} ids…`,
            ),
          );
          ({ valid, invalid } = markMissingIds(valid, invalid, idColumn, existing, "discount"));
        } catch (error) {
          return {
            name: "refused",
            fileName: csv.name,
            message: `Could not check the ids with Recharge: ${getErrorMessage(error)} Upload the file again to retry.`,
          };
        }
      }
      const { header, ignoredColumns } = report;
      return { name: "ready", file: { name: csv.name, header, ignoredColumns, valid, invalid, elapsedMs } };
    },
    [batchType, checkCsv, definition.existingIdColumn],
  );

  const check = useCallback(
    (csv: ChosenCsv) => {
      const progress = (detail: string) => setPhase({ name: "checking", fileName: csv.name, detail });
      progress("Reading and checking every row…");
      return evaluate(csv, progress).then(setPhase);
    },
    [evaluate],
  );

  // Retrying: the failed rows go through the same checks as a fresh upload, once.
  useEffect(() => {
    if (!retry) return;
    const csv = { name: retryFileName(retry), content: retry.csv };
    void evaluate(csv, (detail) => setPhase({ name: "checking", fileName: csv.name, detail })).then(setPhase);
  }, [retry, evaluate]);

  const busy = phase.name === "checking";
  return (
    <div className="space-y-8">
      <BatchTypeChoice
        value={batchType}
        onChange={(type) => {
          setBatchType(type);
          setPhase({ name: "choosing" });
        }}
        disabled={busy || Boolean(retry)}
      />
      {retry ? (
        <p className="text-sm">
          Retrying the failed rows of batch <strong>#{retry.batchId}</strong>. They are checked again before
          anything is sent.
        </p>
      ) : (
        <CsvFileInput onChosen={(csv) => void check(csv)} disabled={busy} />
      )}
      <div aria-live="polite">
        {phase.name === "checking" ? (
          <p role="status" className="text-sm">
            <strong>{phase.fileName}</strong>: {phase.detail}
          </p>
        ) : null}
        {phase.name === "refused" ? (
          <div
            role="alert"
            data-testid="file-refused"
            className="border-destructive/50 bg-destructive/10 rounded-md border p-3 text-sm"
          >
            <p className="font-medium">{phase.fileName} cannot be used.</p>
            <p className="mt-1">{phase.message}</p>
          </div>
        ) : null}
      </div>
      {phase.name === "ready" ? (
        <>
          <UploadPreview definition={definition} file={phase.file} />
          <div className="flex flex-wrap items-center gap-3 border-t pt-4">
            <Button disabled={phase.file.valid.length === 0} onClick={() => setSubmitting(true)}>
              Submit {phase.file.valid.length.toLocaleString("en-US")} ready row
              {phase.file.valid.length === 1 ? "" : "s"}…
            </Button>
            {phase.file.valid.length === 0 ? (
              <p className="text-muted-foreground text-sm">
                No row is ready: fix the file and upload it again.
              </p>
            ) : null}
          </div>
          {submitting ? (
            <SubmitBatchDialog
              definition={definition}
              file={phase.file}
              retryOf={retry?.batchId ?? null}
              open={submitting}
              onOpenChange={setSubmitting}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

const retryFileName = (retry: RetrySource) => `batch-${retry.batchId}-failed-rows.csv`;
