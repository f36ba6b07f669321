import Link from "next/link";
import { useId, type ReactNode } from "react";
import type { PulseTileId } from "@/lib/pulse/tile-topics";
import { pulseTileText } from "@/lib/pulse/tiles";
import { formatCount } from "@/lib/pulse/pulse-format";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * One tile's frame: its title (a link to the list it counts, when it counts one list), what it
 * counts, the number, the tile's own details, and "as of …". `aria-busy` while a walk runs.
 */
export function PulseTile({
  tile,
  href,
  busy,
  figure,
  children,
  footer,
}: {
  tile: PulseTileId;
  href: string | null;
  busy: boolean;
  /** The number; null while there is none yet. */
  figure: ReactNode | null;
  children?: ReactNode;
  footer: ReactNode;
}) {
  const headingId = useId();
  const { title, hint } = pulseTileText[tile];
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={busy}
      data-testid={`pulse-${tile}`}
      className="bg-card flex flex-col gap-3 rounded-lg border p-4"
    >
      <div className="space-y-1">
        <h3 id={headingId} className="text-sm font-semibold">
          {href ? (
            <Link href={href} className="underline-offset-2 hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        <p className="text-muted-foreground text-xs">{hint}</p>
      </div>
      {figure === null ? (
        <Skeleton className="h-9 w-24" />
      ) : (
        <p className="text-3xl font-semibold tabular-nums" data-testid="pulse-figure">
          {figure}
        </p>
      )}
      {children}
      <div className="mt-auto">{footer}</div>
    </section>
  );
}

/** Notes a walked tile owes its reader: a cap reached, records that could not be read. */
export function WalkNotes({
  capped,
  unreadable,
  maxRows,
}: {
  capped: boolean;
  unreadable: number;
  maxRows: number;
}) {
  if (!capped && unreadable === 0) return null;
  return (
    <ul className="text-muted-foreground space-y-1 text-xs">
      {capped ? <li>Stopped at {formatCount(maxRows)} records: the figures are at least these.</li> : null}
      {unreadable > 0 ? (
        <li>
          {formatCount(unreadable)} {unreadable === 1 ? "record" : "records"} could not be read and{" "}
          {unreadable === 1 ? "is" : "are"} left out.
        </li>
      ) : null}
    </ul>
  );
}
