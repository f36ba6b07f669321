import Link from "next/link";
import type { BatchLine } from "@/lib/pulse/batch-figures";
import { formatEta } from "@/lib/batches/progress-rate";
import { formatCount } from "@/lib/pulse/pulse-format";
import type { PulseView } from "@/lib/pulse/pulse-view";
import { BATCHES_HREF, batchHref } from "@/lib/pulse/tiles";
import { PulseAsOf } from "./pulse-as-of";
import { PulseTile } from "./pulse-tile";

/** Batches running and waiting to start, each with its progress and time left; read live. */
export function BatchesTile({ view }: { view: PulseView }) {
  const tile = view.tiles.batches;
  const figures = tile.figures;
  return (
    <PulseTile
      tile="batches"
      href={BATCHES_HREF}
      busy={false}
      figure={figures ? formatCount(figures.running.length) : tile.error ? "—" : null}
      footer={
        <PulseAsOf computedAt={tile.computedAt} checkedAt={view.checkedAt} refreshing={false} stale={false} />
      }
    >
      {tile.error ? <p className="text-destructive text-sm">{tile.error}</p> : null}
      {figures ? (
        <>
          <p className="text-muted-foreground text-sm" data-testid="pulse-batches-counts">
            {formatCount(figures.running.length)} running · {formatCount(figures.waiting.length)} waiting to
            start
          </p>
          {figures.running.length + figures.waiting.length > 0 ? (
            <ul className="space-y-3">
              {[...figures.running, ...figures.waiting].map((batch) => (
                <BatchRow key={batch.id} batch={batch} waiting={figures.waiting.includes(batch)} />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </PulseTile>
  );
}

function BatchRow({ batch, waiting }: { batch: BatchLine; waiting: boolean }) {
  const percent = batch.total > 0 ? Math.floor((batch.done / batch.total) * 100) : 0;
  const left = waiting
    ? "waiting to start"
    : batch.etaSeconds === null
      ? "measuring…"
      : `${formatEta(batch.etaSeconds)} left`;
  return (
    <li className="space-y-1 text-sm">
      <div className="flex justify-between gap-3">
        <Link href={batchHref(batch.id)} className="truncate underline-offset-2 hover:underline">
          #{batch.id} {batch.fileName ?? batch.batchType.replaceAll("_", " ")}
        </Link>
        <span className="text-muted-foreground shrink-0 text-xs">{left}</span>
      </div>
      <div
        role="progressbar"
        aria-label={`Batch #${batch.id} progress`}
        aria-valuemin={0}
        aria-valuemax={batch.total}
        aria-valuenow={batch.done}
        aria-valuetext={`${formatCount(batch.done)} of ${formatCount(batch.total)} tasks done (${percent}%)`}
        className="bg-muted h-2 w-full overflow-hidden rounded-full"
      >
        <div className="h-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-muted-foreground text-xs tabular-nums">
        {formatCount(batch.done)} of {formatCount(batch.total)} done
        {batch.failed > 0 ? ` · ${formatCount(batch.failed)} failed` : ""}
      </p>
    </li>
  );
}
