"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, RotateCcw } from "lucide-react";
import Link from "next/link";
import { ActionErrorNotice } from "@/components/actions/action-error-notice";
import { Button, buttonClassName } from "@/components/ui/button";
import { rowsWithErrorsCsv } from "@/lib/batches/row-errors";
import { failedRowsQuery } from "@/lib/queries/batches";
import { downloadCsv } from "./download-csv";

/** Once a batch has finished with failures: its failed rows, to fix and upload, or to retry as they are. */
export function FailedRowsActions({
  batchId,
  failedCount,
  canRetry,
}: {
  batchId: string;
  failedCount: number;
  canRetry: boolean;
}) {
  const failed = useQuery(failedRowsQuery(batchId));
  const rows = failedCount.toLocaleString("en-US");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          disabled={!failed.data}
          onClick={() =>
            failed.data &&
            downloadCsv(
              `batch-${batchId}-failed-rows.csv`,
              rowsWithErrorsCsv(failed.data.columns, failed.data.rows),
            )
          }
        >
          <Download aria-hidden="true" className="size-4" />
          {failed.isPending
            ? "Collecting failed rows…"
            : `Download ${rows} failed row${failedCount === 1 ? "" : "s"}`}
        </Button>
        {canRetry ? (
          <Link href={`/batches/new?retry=${batchId}`} className={buttonClassName({ variant: "secondary" })}>
            <RotateCcw aria-hidden="true" className="size-4" />
            Retry failed rows
          </Link>
        ) : null}
      </div>
      <p className="text-muted-foreground text-sm">
        The download holds each failed row as uploaded plus an <code>error</code> column: fix the rows and
        upload the file as a new batch. Retry sends the same rows again, after checking them, for failures
        whose cause is fixed elsewhere (a code freed up, a discount restored).
      </p>
      {failed.isError ? <ActionErrorNotice error={failed.error} /> : null}
    </div>
  );
}
