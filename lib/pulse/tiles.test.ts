import { describe, expect, it } from "vitest";
import { chargeListUrl } from "@/lib/list-url/charge-list-url";
import { loadListUrlState } from "@/lib/list-url/list-url-state";
import { subscriptionListUrl } from "@/lib/list-url/subscription-list-url";
import { WEBHOOK_TOPICS as REGISTERED_TOPICS } from "@/scripts/register-webhooks.mjs";
import { WEBHOOK_TOPICS as DOCUMENTED_TOPICS } from "@/sandbox/webhooks/topics";
import { dayHref, tileWalks, tileWindow, walkHref } from "./tiles";
import { isPulseTopic, pulseTileIds, pulseTileTopics, walkedTileIds } from "./tile-topics";

const today = "2026-12-06";
/** The filters and order the dashboard's own list reads from a link's query. */
function listState(resource: "charges" | "subscriptions", query: URLSearchParams) {
  const state =
    resource === "charges"
      ? loadListUrlState(chargeListUrl, query)
      : loadListUrlState(subscriptionListUrl, query);
  const filters: Record<string, string | null> = state.filters;
  return {
    sortBy: state.sortBy,
    filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== null)),
  };
}

describe("pulse tiles", () => {
  it("walk Recharge's lists with the issue's filters and windows", () => {
    const walks = (tile: (typeof walkedTileIds)[number]) =>
      tileWalks(tile, tileWindow(tile, today)).map((walk) => [walk.resource, walk.filters]);
    expect(walks("failed")).toEqual([
      ["charges", { status: "error", scheduled_at_min: "2026-11-30", scheduled_at_max: "2026-12-06" }],
    ]);
    expect(walks("upcoming")).toEqual([
      ["charges", { status: "queued", scheduled_at_min: "2026-12-06", scheduled_at_max: "2026-12-19" }],
    ]);
    expect(walks("refunds")).toEqual([
      ["charges", { status: "refunded", updated_at_min: "2026-11-30" }],
      ["charges", { status: "partially_refunded", updated_at_min: "2026-11-30" }],
    ]);
    expect(walks("cancellations")).toEqual([
      ["subscriptions", { status: "cancelled", updated_at_min: "2026-11-30" }],
    ]);
  });

  it("each link opens the dashboard's list with exactly the walk's filters", () => {
    for (const tile of walkedTileIds) {
      for (const walk of tileWalks(tile, tileWindow(tile, today))) {
        const href = walkHref(walk);
        const [path, query] = href.split("?");
        expect(path).toBe(`/${walk.resource}`);
        const state = listState(walk.resource, new URLSearchParams(query));
        expect(state.filters, href).toEqual(walk.filters);
        expect(state.sortBy).toBe(walk.listSort);
      }
    }
    expect(walkHref(tileWalks("upcoming", tileWindow("upcoming", today))[0]!)).toBe(
      "/charges?status=queued&scheduled_at_min=2026-12-06&scheduled_at_max=2026-12-19&sort_by=scheduled_at-asc",
    );
  });

  it("a day of the failed or upcoming chart opens that day's list; other tiles have no day filter", () => {
    expect(dayHref("failed", "2026-12-01")).toBe(
      "/charges?status=error&scheduled_at_min=2026-12-01&scheduled_at_max=2026-12-01",
    );
    expect(dayHref("upcoming", "2026-12-08")).toContain("status=queued&scheduled_at_min=2026-12-08");
    expect(dayHref("refunds", "2026-12-01")).toBeNull();
    expect(dayHref("cancellations", "2026-12-01")).toBeNull();
  });

  it("go stale on topics Recharge documents and the dashboard registers", () => {
    const documented = new Set<string>(DOCUMENTED_TOPICS);
    const registered = new Set<string>(REGISTERED_TOPICS);
    for (const tile of pulseTileIds) {
      expect(pulseTileTopics[tile].length, tile).toBeGreaterThan(0);
      for (const topic of pulseTileTopics[tile]) {
        expect(documented.has(topic), `${topic} is documented`).toBe(true);
        expect(registered.has(topic), `${topic} is registered`).toBe(true);
      }
    }
    expect(isPulseTopic("subscription/skipped")).toBe(true);
    expect(isPulseTopic("customer/updated")).toBe(false);
    expect(isPulseTopic("charge/skipped")).toBe(false);
  });
});
