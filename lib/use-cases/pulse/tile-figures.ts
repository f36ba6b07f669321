import "server-only";
import { cancellationFigures } from "@/lib/pulse/cancellation-figures";
import { failedFigures, refundFigures, upcomingFigures } from "@/lib/pulse/charge-figures";
import { utcDay } from "@/lib/pulse/pulse-days";
import type { WalkedTileFigures } from "@/lib/pulse/pulse-figures";
import type { WalkedTileId } from "@/lib/pulse/tile-topics";
import { tileWalks, tileWindow, type PulseWalk } from "@/lib/pulse/tiles";
import type { RechargeClient } from "@/lib/recharge/client";
import type { CallOptions } from "@/lib/recharge/resource-calls";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { ChargeListParams, SubscriptionListParams } from "@/lib/recharge/schemas/list-filters";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import type { ListResult } from "@/lib/recharge/schemas/list-envelope";
import { walkList, type WalkPageParams, type WalkResult } from "./walk-list";

/**
 * One tile's figures, walked now: every list of the tile (lib/pulse/tiles.ts) read to its end in the
 * limiter's bulk lane (people's calls go first), `maxRows` records at most for the whole tile, then
 * computed. The client is a parameter so tests walk a sandbox with their own.
 */
export async function computeTileFigures(
  client: RechargeClient,
  tile: WalkedTileId,
  options: { now: Date; maxRows: number; signal?: AbortSignal },
): Promise<WalkedTileFigures> {
  const window = tileWindow(tile, utcDay(options.now));
  const call: CallOptions = { lane: "bulk", signal: options.signal };
  const walks = tileWalks(tile, window);
  switch (tile) {
    case "failed":
    case "upcoming":
    case "refunds": {
      const read = (params: WalkPageParams) => client.charges.list(params as ChargeListParams, call);
      const { items, ...walk } = await walkAll<Charge>(walks, read, options.maxRows);
      const compute = { failed: failedFigures, upcoming: upcomingFigures, refunds: refundFigures }[tile];
      return compute(items, window, walk);
    }
    case "cancellations": {
      const read = (params: WalkPageParams) =>
        client.subscriptions.list(params as SubscriptionListParams, call);
      const { items, ...walk } = await walkAll<Subscription>(walks, read, options.maxRows);
      return cancellationFigures(items, window, walk);
    }
  }
}

/** The tile's walks one after the other, sharing its cap. */
async function walkAll<Item>(
  walks: readonly PulseWalk[],
  read: (params: WalkPageParams) => Promise<ListResult<Item>>,
  maxRows: number,
): Promise<WalkResult<Item>> {
  const all: WalkResult<Item> = { items: [], capped: false, unreadable: 0 };
  for (const walk of walks) {
    if (all.capped) break;
    const result = await walkList(read, walk.filters, maxRows - all.items.length);
    all.items.push(...result.items);
    all.unreadable += result.unreadable;
    all.capped = result.capped;
  }
  return all;
}
