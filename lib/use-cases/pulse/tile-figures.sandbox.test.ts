import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCount } from "@/lib/pulse/pulse-format";
import type { CurrencyAmount } from "@/lib/pulse/currency-sums";
import { addDays, utcDay } from "@/lib/pulse/pulse-days";
import type { WalkedTileFigures } from "@/lib/pulse/pulse-figures";
import { createRechargeClient, type RechargeClient } from "@/lib/recharge/client";
import { LeakyBucket, type Lane } from "@/lib/recharge/transport/leaky-bucket";
import { startSandbox } from "@/sandbox/server";
import { computeTileFigures } from "./tile-figures";

// The tiles' figures over a fixed sandbox seed equal a walk of the same filters done here directly
// (plain HTTP with the read-only token, sums in BigInt cents): counts, days and per-currency sums.

type RawRecord = Record<string, unknown> & { id: number };

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let client: RechargeClient;
const lanes: Lane[] = [];
const now = new Date();
const today = utcDay(now);
const weekAgo = addDays(today, -6);

/** Records each call's lane, so the test sees every walk go in the bulk lane. */
class RecordingBucket extends LeakyBucket {
  override acquire(options: Parameters<LeakyBucket["acquire"]>[0] = {}) {
    lanes.push(options.lane ?? "person");
    return super.acquire(options);
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, seed: 7, scale: 0.1 });
  client = createRechargeClient({
    baseUrl: sandbox.url,
    token: "sandbox_admin_token",
    limiter: new RecordingBucket({ capacity: 40, leakPerSecond: 2 }),
  });
});
afterAll(async () => sandbox?.close());

/** Every record of a filtered list, straight from the sandbox, next_cursor after next_cursor. */
async function directWalk(resource: string, filters: Record<string, string>): Promise<RawRecord[]> {
  const headers = { "X-Recharge-Access-Token": "sandbox_readonly_token", "X-Recharge-Version": "2021-11" };
  const records: RawRecord[] = [];
  let query = new URLSearchParams({ ...filters, sort_by: "id-desc", limit: "100" });
  for (;;) {
    const page = (await (await fetch(`${sandbox.url}/${resource}?${query}`, { headers })).json()) as Record<
      string,
      unknown
    >;
    records.push(...(page[resource] as RawRecord[]));
    if (!page.next_cursor) return records;
    query = new URLSearchParams({ cursor: String(page.next_cursor), limit: "100" });
  }
}

/** "12.3" → 1230n: exact, and independent of lib/money. */
function cents(amount: unknown): bigint {
  const [whole = "0", fraction = ""] = String(amount).split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2));
}

function sums(records: RawRecord[], field: string): CurrencyAmount[] {
  const totals = new Map<string, bigint>();
  for (const record of records) {
    const currency = String(record.currency).toUpperCase();
    totals.set(currency, (totals.get(currency) ?? 0n) + cents(record[field]));
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, total]) => ({
      currency,
      amount: `${total / 100n}.${String(total % 100n).padStart(2, "0")}`,
    }));
}

const perDay = (figures: WalkedTileFigures) =>
  Object.fromEntries(figures.days.filter((day) => day.count > 0).map((day) => [day.day, day.count]));
function countByDay(records: RawRecord[], dayOf: (record: RawRecord) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) counts[dayOf(record)] = (counts[dayOf(record)] ?? 0) + 1;
  return counts;
}
const figuresOf = (tile: WalkedTileFigures["tile"], maxRows = 5000) =>
  computeTileFigures(client, tile, { now, maxRows });

describe("pulse tiles over the sandbox (seed 7, scale 0.1)", () => {
  it("failed: charges in error scheduled in the last 7 days, by day, in dunning, at risk per currency", async () => {
    const direct = await directWalk("charges", {
      status: "error",
      scheduled_at_min: `${weekAgo}T00:00:00Z`,
      scheduled_at_max: `${today}T23:59:59Z`,
    });
    const figures = await figuresOf("failed");
    expect(figures.tile === "failed" && figures).toMatchObject({
      count: direct.length,
      dunning: direct.filter((charge) => charge.retry_date !== null).length,
      atRisk: sums(direct, "total_price"),
      capped: false,
    });
    expect(perDay(figures)).toEqual(countByDay(direct, (charge) => String(charge.scheduled_at)));
    expect(figures.count).toBeGreaterThan(0);
  });

  it("upcoming: queued charges today … today+13, per day count and amounts per currency", async () => {
    const direct = await directWalk("charges", {
      status: "queued",
      scheduled_at_min: `${today}T00:00:00Z`,
      scheduled_at_max: `${addDays(today, 13)}T23:59:59Z`,
    });
    const figures = await figuresOf("upcoming");
    if (figures.tile !== "upcoming") throw new Error("wrong tile");
    expect(figures.count).toBe(direct.length);
    expect(figures.count).toBeGreaterThan(50);
    expect(figures.amounts).toEqual(sums(direct, "total_price"));
    expect(figures.days).toHaveLength(14);
    for (const day of figures.days) {
      const that = direct.filter((charge) => charge.scheduled_at === day.day);
      expect(day.count, day.day).toBe(that.length);
      expect(day.amounts, day.day).toEqual(sums(that, "total_price"));
    }
  });

  it("refunds: refunded and partly refunded charges updated in the last 7 days, refunded per currency", async () => {
    const since = { updated_at_min: `${weekAgo}T00:00:00Z` };
    const refunded = await directWalk("charges", { status: "refunded", ...since });
    const partly = await directWalk("charges", { status: "partially_refunded", ...since });
    const figures = await figuresOf("refunds");
    expect(figures).toMatchObject({
      count: refunded.length + partly.length,
      refunded: refunded.length,
      partiallyRefunded: partly.length,
      amounts: sums([...refunded, ...partly], "total_refunds"),
    });
    expect(refunded.length).toBeGreaterThan(0);
    expect(partly.length).toBeGreaterThan(0);
  });

  it("cancellations: cancelled subscriptions whose cancelled_at is in the last 7 days, top reasons", async () => {
    const updated = await directWalk("subscriptions", {
      status: "cancelled",
      updated_at_min: `${weekAgo}T00:00:00Z`,
    });
    const direct = updated.filter(
      (subscription) =>
        typeof subscription.cancelled_at === "string" && subscription.cancelled_at.slice(0, 10) >= weekAgo,
    );
    const figures = await figuresOf("cancellations");
    if (figures.tile !== "cancellations") throw new Error("wrong tile");
    expect(figures.count).toBe(direct.length);
    expect(figures.count).toBeGreaterThan(0);
    expect(perDay(figures)).toEqual(countByDay(direct, (s) => String(s.cancelled_at).slice(0, 10)));
    const top = figures.topReasons[0]!;
    expect(top.count).toBe(direct.filter((s) => (s.cancellation_reason ?? null) === top.reason).length);
    expect(figures.topReasons.reduce((total, reason) => total + reason.count, 0)).toBeLessThanOrEqual(
      direct.length,
    );
  });

  it("walks only in the limiter's bulk lane", () => {
    expect(lanes.length).toBeGreaterThan(4);
    expect(new Set(lanes)).toEqual(new Set(["bulk"]));
  });

  it("a walk that reaches its cap shows N+, and one that ends exactly at it does not", async () => {
    const capped = await figuresOf("upcoming", 10);
    expect(capped).toMatchObject({ count: 10, capped: true });
    expect(formatCount(capped.count, capped.capped)).toBe("10+");

    const all = await figuresOf("upcoming");
    const exact = await figuresOf("upcoming", all.count);
    expect(exact).toMatchObject({ count: all.count, capped: false });
    expect(formatCount(exact.count, exact.capped)).toBe(formatCount(all.count));
  });

  it("the cap is the tile's, across its walks: refunds stop inside the second list", async () => {
    const all = await figuresOf("refunds");
    if (all.tile !== "refunds") throw new Error("wrong tile");
    const capped = await figuresOf("refunds", all.refunded);
    expect(capped).toMatchObject({ count: all.refunded, refunded: all.refunded, capped: true });
  });
});
