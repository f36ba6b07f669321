// What each tile's snapshot holds (the `figures` column of pulse_snapshots, and `GET /api/pulse`).
// Browser-safe types only: the computations are in the *-figures.ts files beside this one.
import type { CurrencyAmount } from "./currency-sums";
import type { DayWindow } from "./pulse-days";

/**
 * Bumped when a figures shape changes: a snapshot written by another version counts as never
 * computed (stale), so a deploy never shows an old shape through new code.
 */
export const PULSE_FIGURES_VERSION = 1;

/** How the walk behind a snapshot went. */
export interface WalkFacts {
  /** The walk stopped at PULSE_MAX_ROWS with more records left: every figure is a lower bound. */
  capped: boolean;
  /** Records Recharge sent that could not be read (left out, as the lists leave them out). */
  unreadable: number;
}

/** One day of a tile: how many records fell on it and their amounts per currency. */
export interface DayBucket {
  day: string;
  count: number;
  amounts: CurrencyAmount[];
}

interface WalkedFigures extends WalkFacts {
  version: typeof PULSE_FIGURES_VERSION;
  window: DayWindow;
  /** Every record the walk kept. */
  count: number;
  /** One bucket per day of the window, in order (empty days included). */
  days: DayBucket[];
}

/** Charges in `error` scheduled in the last 7 days. */
export interface FailedFigures extends WalkedFigures {
  tile: "failed";
  /** Those with a retry date: Recharge will try them again. */
  dunning: number;
  /** Their total_price per currency. */
  atRisk: CurrencyAmount[];
}

/** Charges `queued` for the next 14 days. */
export interface UpcomingFigures extends WalkedFigures {
  tile: "upcoming";
  /** total_price per currency over the window. */
  amounts: CurrencyAmount[];
}

/** Charges refunded in whole or in part and updated in the last 7 days (bucketed by updated_at). */
export interface RefundFigures extends WalkedFigures {
  tile: "refunds";
  refunded: number;
  partiallyRefunded: number;
  /** total_refunds per currency. */
  amounts: CurrencyAmount[];
}

/** One cancellation reason and how many subscriptions gave it; null: none was given. */
export interface ReasonCount {
  reason: string | null;
  count: number;
}

/** Subscriptions cancelled in the last 7 days (bucketed by cancelled_at). */
export interface CancellationFigures extends WalkedFigures {
  tile: "cancellations";
  /** The three most given reasons, most given first. */
  topReasons: ReasonCount[];
}

export type WalkedTileFigures = FailedFigures | UpcomingFigures | RefundFigures | CancellationFigures;
