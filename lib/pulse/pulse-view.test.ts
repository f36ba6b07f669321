import { describe, expect, it } from "vitest";
import type { BatchLine } from "./batch-figures";
import { pulseRefetchInterval, type PulseView, type SnapshotTile } from "./pulse-view";

const idle: SnapshotTile<never> = {
  figures: null,
  computedAt: null,
  refreshing: false,
  stale: false,
  failedAt: null,
};
const view = (
  overrides: { refreshing?: boolean; stale?: boolean; running?: BatchLine[] } = {},
): PulseView => ({
  checkedAt: "2026-12-06T09:14:00.000Z",
  maxRows: 5000,
  tiles: {
    failed: idle,
    upcoming: { ...idle, refreshing: overrides.refreshing ?? false, stale: overrides.stale ?? false },
    refunds: idle,
    cancellations: idle,
    batches: { figures: { running: overrides.running ?? [], waiting: [] }, computedAt: null, error: null },
  },
});
const running: BatchLine = {
  id: 1,
  batchType: "discount_create",
  fileName: null,
  done: 1,
  failed: 0,
  total: 2,
  etaSeconds: null,
};

describe("pulseRefetchInterval", () => {
  it("asks every 2 s while a walk runs, 5 s while a batch runs, 10 s while a refresh is due, else waits", () => {
    expect(pulseRefetchInterval(view({ refreshing: true, running: [running] }))).toBe(2000);
    expect(pulseRefetchInterval(view({ stale: true, running: [running] }))).toBe(5000);
    expect(pulseRefetchInterval(view({ stale: true }))).toBe(10_000);
    expect(pulseRefetchInterval(view())).toBe(false);
    expect(pulseRefetchInterval(undefined)).toBe(false);
  });
});
