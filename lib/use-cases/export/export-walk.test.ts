import { describe, expect, it } from "vitest";
import { RechargeError } from "@/lib/recharge/recharge-error";
import type { ExportPage } from "./export-sources";
import { walkExport, type WalkEvent } from "./export-walk";

// A list of `total` rows served `limit` at a time behind opaque cursors, recording every read.
function fakeList(total: number) {
  const reads: string[] = [];
  const readPage = async (search: string): Promise<ExportPage> => {
    reads.push(search);
    const params = new URLSearchParams(search);
    const limit = Number(params.get("limit"));
    const from = params.has("cursor") ? Number(params.get("cursor")!.slice(1)) : 0;
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - from)) }, (_, i) => [
      String(from + i + 1),
    ]);
    const next = from + limit < total ? `c${from + limit}` : null;
    return { rows, nextCursor: next };
  };
  return { reads, readPage };
}

async function collect(walk: AsyncGenerator<WalkEvent, void, undefined>) {
  const events: WalkEvent[] = [];
  for await (const event of walk) events.push(event);
  return events;
}

const limits = { pageSize: 10, maxRows: 1000, maxMs: 60_000 };
const ids = (events: WalkEvent[]) =>
  events.flatMap((event) => (event.type === "page" ? event.rows.map((row) => row[0]) : []));

describe("walkExport", () => {
  it("walks every page with the list's own query first, then its cursors, and ends complete", async () => {
    const list = fakeList(25);
    const events = await collect(
      walkExport(list.readPage, "status=error&sort_by=id-asc", limits, new AbortController().signal),
    );
    expect(ids(events)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
    expect(list.reads).toEqual([
      "status=error&sort_by=id-asc&limit=10",
      "cursor=c10&limit=10",
      "cursor=c20&limit=10",
    ]);
    expect(events.at(-1)).toEqual({ type: "end", outcome: "complete", rows: 25, pages: 3 });
  });

  it("stops on a whole row at the cap and says where it stopped", async () => {
    const list = fakeList(100);
    const events = await collect(
      walkExport(list.readPage, "", { ...limits, maxRows: 25 }, new AbortController().signal),
    );
    expect(ids(events)).toHaveLength(25);
    expect(events.at(-1)).toEqual({
      type: "end",
      outcome: "capped",
      rows: 25,
      pages: 3,
      message: "Stopped at 25 rows: narrow the filters",
    });
  });

  it("a cap met exactly by the last row is complete, checked with one more read", async () => {
    const list = fakeList(20);
    const events = await collect(
      walkExport(list.readPage, "", { ...limits, maxRows: 20 }, new AbortController().signal),
    );
    expect(events.at(-1)).toMatchObject({ outcome: "complete", rows: 20 });
    const capped = fakeList(21);
    const more = await collect(
      walkExport(capped.readPage, "", { ...limits, maxRows: 20 }, new AbortController().signal),
    );
    expect(more.at(-1)).toMatchObject({
      outcome: "capped",
      rows: 20,
      message: "Stopped at 20 rows: narrow the filters",
    });
  });

  it("an empty list still gives one (empty) page, so the file has its header", async () => {
    const events = await collect(walkExport(fakeList(0).readPage, "", limits, new AbortController().signal));
    expect(events).toEqual([
      { type: "page", page: 1, rows: [], totalRows: 0 },
      { type: "end", outcome: "complete", rows: 0, pages: 1 },
    ]);
  });

  it("stops within the page in flight when the signal aborts", async () => {
    const list = fakeList(100);
    const abort = new AbortController();
    const walk = walkExport(list.readPage, "", limits, abort.signal);
    await walk.next();
    abort.abort();
    const rest = await collect(walk);
    expect(rest.at(-1)).toMatchObject({ outcome: "cancelled", rows: 10 });
    expect(list.reads).toHaveLength(1);
  });

  it("stops at the time limit after a page, saying so", async () => {
    let clock = 0;
    const list = fakeList(100);
    const slow = async (search: string) => {
      clock += 4_000;
      return list.readPage(search);
    };
    const events = await collect(
      walkExport(slow, "", { ...limits, maxMs: 10_000, now: () => clock }, new AbortController().signal),
    );
    expect(events.at(-1)).toMatchObject({ outcome: "capped", rows: 30 });
    expect((events.at(-1) as { message: string }).message).toMatch(/^Stopped at 30 rows after 12 s/);
  });

  it("throws the first page's refusal, and ends later failures as failed with the rows so far", async () => {
    const refused = async () => {
      throw new RechargeError({ kind: "invalid_request", message: "unknown filter" });
    };
    await expect(walkExport(refused, "nope=1", limits, new AbortController().signal).next()).rejects.toThrow(
      "unknown filter",
    );
    const list = fakeList(100);
    const flaky = async (search: string) => {
      if (search.startsWith("cursor=c20"))
        throw new RechargeError({ kind: "http", status: 500, message: "boom" });
      return list.readPage(search);
    };
    const events = await collect(walkExport(flaky, "", limits, new AbortController().signal));
    expect(events.at(-1)).toMatchObject({ outcome: "failed", rows: 20, pages: 2 });
  });
});
