// The overview's tiles (#19): what each one walks in Recharge, and the dashboard list it opens with
// the same filters. Pure and browser-safe: the server walks these filters, the tiles link to them.
import { lastDays, nextDays, type DayWindow } from "./pulse-days";
import type { PulseTileId, WalkedTileId } from "./tile-topics";

/** "Last 7 days" (today−6 … today) and "next 14 days" (today … today+13), in UTC days. */
export const PAST_DAYS = 7;
export const UPCOMING_DAYS = 14;

/**
 * One Recharge list a tile walks. `filters` are Recharge's own names and values, written as the
 * dashboard's list URLs write them (days), so the walk and the tile's link select the same records.
 */
export interface PulseWalk {
  resource: "charges" | "subscriptions";
  filters: Record<string, string>;
  /** The order the link opens the list in; the walk itself goes by id. Null: the list's default. */
  listSort: string | null;
  /** The link's text. */
  label: string;
}

export interface PulseTileText {
  title: string;
  /** What is counted, in a sentence: the tile shows it under its title. */
  hint: string;
}

export const pulseTileText: Record<PulseTileId, PulseTileText> = {
  failed: {
    title: "Failed charges",
    hint: "Payment errors on charges scheduled in the last 7 days (UTC).",
  },
  upcoming: { title: "Upcoming charges", hint: "Queued for today and the next 13 days (UTC)." },
  refunds: {
    title: "Refunds",
    // Recharge has no refund date; a refund updates its charge.
    hint: "Charges refunded in whole or in part, updated in the last 7 days (UTC): Recharge keeps no refund date, and a refund updates its charge.",
  },
  cancellations: {
    title: "Cancellations",
    hint: "Subscriptions cancelled in the last 7 days (UTC). Recharge cannot filter on the cancellation date, so the list shows the cancelled subscriptions updated since.",
  },
  batches: { title: "Batches", hint: "Batches uploaded here that are running or waiting to start." },
};

/** The days a tile counts, as of `today` (a UTC day). */
export function tileWindow(tile: WalkedTileId, today: string): DayWindow {
  return tile === "upcoming" ? nextDays(today, UPCOMING_DAYS) : lastDays(today, PAST_DAYS);
}

/** The lists a tile walks for its window (tileWindow): a snapshot's links use the window it counted. */
export function tileWalks(tile: WalkedTileId, window: DayWindow): PulseWalk[] {
  const { from, to } = window;
  switch (tile) {
    case "failed":
      return [
        {
          resource: "charges",
          filters: { status: "error", scheduled_at_min: from, scheduled_at_max: to },
          listSort: null,
          label: "Failed charges",
        },
      ];
    case "upcoming":
      return [
        {
          resource: "charges",
          filters: { status: "queued", scheduled_at_min: from, scheduled_at_max: to },
          listSort: "scheduled_at-asc",
          label: "Upcoming charges",
        },
      ];
    case "refunds":
      // Recharge has no refunded_at (and no refund list): a refund moves its charge's updated_at, so
      // the refunded and partly refunded charges updated in the window are the ones to look at. A
      // charge refunded earlier and updated since for another reason is counted too.
      return [
        {
          resource: "charges",
          filters: { status: "refunded", updated_at_min: from },
          listSort: null,
          label: "Refunded",
        },
        {
          resource: "charges",
          filters: { status: "partially_refunded", updated_at_min: from },
          listSort: null,
          label: "Partly refunded",
        },
      ];
    case "cancellations":
      // No cancelled_at filter exists: cancelling updates the subscription, so the cancelled ones
      // updated in the window are walked and those cancelled in it kept (cancellation-figures.ts).
      return [
        {
          resource: "subscriptions",
          filters: { status: "cancelled", updated_at_min: from },
          listSort: null,
          label: "Cancelled subscriptions",
        },
      ];
  }
}

/** The dashboard list URL a walk opens: its filters (and the list's order). */
export function walkHref(walk: PulseWalk): string {
  const query = new URLSearchParams(walk.filters);
  if (walk.listSort) query.set("sort_by", walk.listSort);
  return `/${walk.resource}?${query.toString()}`;
}

/**
 * The list of one day of a tile that buckets by scheduled date (failed, upcoming): the walk's
 * filters narrowed to that day. Null for tiles whose day is not a filter Recharge has.
 */
export function dayHref(tile: WalkedTileId, day: string): string | null {
  if (tile !== "failed" && tile !== "upcoming") return null;
  const [walk] = tileWalks(tile, { from: day, to: day });
  return walk ? walkHref(walk) : null;
}

/** Where the batches tile leads. */
export const BATCHES_HREF = "/batches";
export const batchHref = (id: number | string) => `/batches/${id}`;
