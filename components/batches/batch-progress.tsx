"use client";

import { useState } from "react";
import type { BatchView } from "@/lib/api/batch-view";
import { terminalBatchStatuses } from "@/lib/batches/poll-interval";
import { addSample, formatEta, progressRate, type ProgressSample } from "@/lib/batches/progress-rate";

const count = (n: number) => n.toLocaleString("en-US");

/** Done/failed/total, a progress bar with its values, the recent pace and the time left at it. */
export function BatchProgress({ batch, readAt }: { batch: BatchView; readAt: number }) {
  const done = batch.success_task_count + batch.fail_task_count;
  const total = batch.total_task_count;
  const [samples, setSamples] = useState<ProgressSample[]>([]);
  const [sampledAt, setSampledAt] = useState<number | null>(null);
  // Each new reading of the batch (react-query's dataUpdatedAt) is one sample; the rate needs two.
  // Adjusted while rendering, React's pattern for state derived from changing props.
  if (sampledAt !== readAt) {
    setSampledAt(readAt);
    setSamples((previous) => addSample(previous, { at: readAt, done }));
  }
  const finished = terminalBatchStatuses.includes(batch.status);
  const { perSecond, etaSeconds } = progressRate(samples, total);
  const percent = total > 0 ? Math.floor((done / total) * 100) : 0;

  return (
    <div className="space-y-3">
      <div
        role="progressbar"
        aria-label={`Batch #${batch.id} progress`}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${count(done)} of ${count(total)} tasks done (${percent}%)`}
        className="bg-muted h-3 w-full overflow-hidden rounded-full"
      >
        <div className="flex h-full" style={{ width: `${total > 0 ? (done / total) * 100 : 0}%` }}>
          <div
            className="h-full bg-emerald-600 transition-[flex-grow] duration-500"
            style={{ flexGrow: batch.success_task_count }}
          />
          <div
            className="bg-destructive h-full transition-[flex-grow] duration-500"
            style={{ flexGrow: batch.fail_task_count }}
          />
        </div>
      </div>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-5" data-testid="batch-counts">
        <Figure label="Done" value={`${count(done)} of ${count(total)}`} testId="batch-done" />
        <Figure label="Succeeded" value={count(batch.success_task_count)} testId="batch-succeeded" />
        <Figure label="Failed" value={count(batch.fail_task_count)} testId="batch-failed" />
        <Figure
          label="Pace"
          value={
            finished ? "—" : perSecond === null ? "measuring…" : `${count(Math.round(perSecond))} tasks/s`
          }
        />
        <Figure
          label="Time left"
          value={finished ? "finished" : etaSeconds === null ? "measuring…" : formatEta(etaSeconds)}
          testId="batch-eta"
        />
      </dl>
    </div>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
