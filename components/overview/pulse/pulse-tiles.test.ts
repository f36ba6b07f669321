import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PulseView, SnapshotTile } from "@/lib/pulse/pulse-view";
import { PULSE_FIGURES_VERSION, type UpcomingFigures } from "@/lib/pulse/pulse-figures";
import { BatchesTile } from "./batches-tile";
import { FailedTile } from "./failed-tile";
import { UpcomingTile } from "./upcoming-tile";

const window = { from: "2026-12-08", to: "2026-12-21" };
const upcoming: UpcomingFigures = {
  tile: "upcoming",
  version: PULSE_FIGURES_VERSION,
  window,
  capped: true,
  unreadable: 1,
  count: 5000,
  amounts: [
    { currency: "EUR", amount: "5.00" },
    { currency: "USD", amount: "18240.00" },
  ],
  days: Array.from({ length: 14 }, (_, index) => ({
    day: `2026-12-${String(8 + index).padStart(2, "0")}`,
    count: index === 0 ? 412 : 0,
    amounts:
      index === 0
        ? [
            { currency: "EUR", amount: "5.00" },
            { currency: "USD", amount: "18240.00" },
          ]
        : [],
  })),
};
const empty: SnapshotTile<never> = {
  figures: null,
  computedAt: null,
  refreshing: true,
  stale: true,
  failedAt: null,
};
const view: PulseView = {
  checkedAt: "2026-12-08T09:20:00.000Z",
  maxRows: 5000,
  tiles: {
    failed: empty,
    upcoming: {
      figures: upcoming,
      computedAt: "2026-12-08T09:14:30.000Z",
      refreshing: true,
      stale: true,
      failedAt: null,
    },
    refunds: empty,
    cancellations: empty,
    batches: {
      figures: {
        running: [
          {
            id: 42,
            batchType: "discount_create",
            fileName: "codes.csv",
            done: 250,
            failed: 5,
            total: 1000,
            etaSeconds: 120,
          },
        ],
        waiting: [],
      },
      computedAt: "2026-12-08T09:20:00.000Z",
      error: null,
    },
  },
};

describe("pulse tiles, as the server renders them", () => {
  const html = renderToStaticMarkup(h(UpcomingTile, { view }));

  it("the upcoming tile: its number (N+ at the cap), links to its exact list, says how old it is", () => {
    expect(html).toContain('data-testid="pulse-figure">5,000+<');
    expect(html).toContain(
      'href="/charges?status=queued&amp;scheduled_at_min=2026-12-08&amp;scheduled_at_max=2026-12-21&amp;sort_by=scheduled_at-asc"',
    );
    expect(html).toContain('aria-busy="true"');
    expect(html).toMatch(/as of 09:14 UTC<\/time> · refreshing…/);
    expect(html).toContain("Stopped at 5,000 records");
    expect(html).toContain("1 record could not be read");
  });

  it("its chart is an image whose label holds the figures, drawn in the current colour", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain(
      "Upcoming charges by day: Tue, Dec 8: 412 charges, €5.00 · $18,240.00; Wed, Dec 9: 0 charges;",
    );
    expect(html).toContain('fill="currentColor"');
    expect(html).not.toMatch(/fill="#/);
    // The same figures as a table, each day linking to its list.
    expect(html).toMatch(
      /<th scope="row"[^>]*><a [^>]*href="\/charges\?status=queued&amp;scheduled_at_min=2026-12-08&amp;scheduled_at_max=2026-12-08/,
    );
  });

  it("a tile never counted yet shows a placeholder while its first walk runs, not a zero", () => {
    const failed = renderToStaticMarkup(h(FailedTile, { view }));
    expect(failed).not.toContain('data-testid="pulse-figure"');
    expect(failed).toContain("Counting for the first time…");
    expect(failed).toContain(
      'href="/charges?status=error&amp;scheduled_at_min=2026-12-02&amp;scheduled_at_max=2026-12-08"',
    );
  });

  it("a tile whose count failed says so and when, with or without older figures", () => {
    const failedAt = "2026-12-08T09:19:00.000Z";
    const never = { ...empty, refreshing: false, failedAt };
    const neverCounted = renderToStaticMarkup(
      h(FailedTile, { view: { ...view, tiles: { ...view.tiles, failed: never } } }),
    );
    expect(neverCounted).toMatch(
      /Not counted yet: .*the count at .*09:19 UTC<\/time> failed: Recharge did not answer.* · trying again shortly/,
    );
    const older = { ...view.tiles.upcoming, refreshing: false, failedAt };
    const kept = renderToStaticMarkup(
      h(UpcomingTile, { view: { ...view, tiles: { ...view.tiles, upcoming: older } } }),
    );
    expect(kept).toContain('data-testid="pulse-figure">5,000+<');
    expect(kept).toMatch(
      /as of 09:14 UTC<\/time> · .*09:19 UTC<\/time> failed: Recharge did not answer.* · trying again shortly/,
    );
  });

  it("the batches tile: each running batch with a progress bar and its time left", () => {
    const batches = renderToStaticMarkup(h(BatchesTile, { view }));
    expect(batches).toContain('role="progressbar"');
    expect(batches).toContain('aria-valuenow="250"');
    expect(batches).toContain("250 of 1,000 done · 5 failed");
    expect(batches).toContain("about 2 min left");
    expect(batches).toContain('href="/batches/42"');
  });
});
