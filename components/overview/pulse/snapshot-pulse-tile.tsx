import type { ReactNode } from "react";
import { formatCount } from "@/lib/pulse/pulse-format";
import { utcDay } from "@/lib/pulse/pulse-days";
import type { PulseView } from "@/lib/pulse/pulse-view";
import type { WalkedTileId } from "@/lib/pulse/tile-topics";
import { tileWalks, tileWindow, walkHref, type PulseWalk } from "@/lib/pulse/tiles";
import { PulseTile } from "./pulse-tile";
import { SnapshotFooter } from "./snapshot-footer";

type FiguresOf<Id extends WalkedTileId> = NonNullable<PulseView["tiles"][Id]["figures"]>;

/**
 * The frame every counted tile shares: its window (the snapshot's, or today's before the first
 * count), the lists it walks, the number ("N+" at the cap), busy while a walk runs, and the foot
 * ("as of …", or why the last count failed). A tile that counts one list links its title to it;
 * `linked={false}` for one that links its lists itself. The tile adds only its own details.
 */
export function SnapshotPulseTile<Id extends WalkedTileId>({
  id,
  view,
  linked = true,
  children,
}: {
  id: Id;
  view: PulseView;
  linked?: boolean;
  children: (figures: FiguresOf<Id> | null, walks: PulseWalk[]) => ReactNode;
}) {
  const tile = view.tiles[id];
  const figures = tile.figures as FiguresOf<Id> | null;
  const walks = tileWalks(id, figures?.window ?? tileWindow(id, utcDay(Date.parse(view.checkedAt))));
  const [walk] = walks;
  return (
    <PulseTile
      tile={id}
      href={linked && walk ? walkHref(walk) : null}
      busy={tile.refreshing}
      figure={figures ? formatCount(figures.count, figures.capped) : null}
      footer={<SnapshotFooter tile={tile} checkedAt={view.checkedAt} maxRows={view.maxRows} />}
    >
      {children(figures, walks)}
    </PulseTile>
  );
}
