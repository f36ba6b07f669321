import "server-only";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";
import { startSandbox } from "@/sandbox/server";

// readPulse over the real sandbox and an in-memory PGlite: what the overview and GET /api/pulse get.
const sandbox = await startSandbox({ port: 0, seed: 7, scale: 0.1 });
setInMemoryDemoEnv({
  RECHARGE_API_URL: sandbox.url,
  RECHARGE_API_TOKEN: "sandbox_admin_token",
  RECHARGE_BUCKET_SIZE: "1000",
  RECHARGE_LEAK_RATE: "1000",
});
afterAll(async () => sandbox.close());

const { readPulse } = await import("./read-pulse");
const { getDb } = await import("@/lib/db/client");
const { recordWebhookEvent } = await import("@/lib/db/webhook-events");
const { insertBatchUpload } = await import("@/lib/db/batch-uploads");
const { getRechargeClient } = await import("@/lib/recharge/get-recharge-client");

/** Refreshes claimed during a read, held until the test runs them (as `after()` would, later). */
let pending: (() => Promise<void>)[] = [];
const read = () => readPulse({ background: (task) => void pending.push(task) });
async function runPending() {
  const tasks = pending;
  pending = [];
  await Promise.all(tasks.map((task) => task()));
}

/** First pages of the upcoming tile's walk the sandbox received (cursor pages carry no status). */
async function upcomingWalks(): Promise<number> {
  const response = await fetch(`${sandbox.url}/__sandbox/requests?method=GET&path=/charges`);
  const { requests } = (await response.json()) as { requests: { query: Record<string, string> }[] };
  return requests.filter((request) => request.query.status === "queued").length;
}

/** A discount batch created in the sandbox and recorded as uploaded here, with no tasks yet. */
async function uploadEmptyBatch(fileName: string) {
  const { data: batch } = await getRechargeClient().asyncBatches.create({ batch_type: "discount_create" });
  await insertBatchUpload(await getDb(), {
    batchId: String(batch.id),
    batchType: "discount_create",
    createdBy: "admin@example.com",
    fileName,
    columns: ["code"],
    rows: [],
    taskIds: [],
    rowCount: 0,
    retryOf: null,
    taskBodies: [],
    tasksSha256: "0".repeat(64),
  });
  return batch;
}

beforeAll(async () => {
  await getDb();
});

describe("readPulse", () => {
  it("the first readers find nothing computed: one walk per tile starts, after the answer, whoever asks", async () => {
    const [first, second] = await Promise.all([read(), read()]);
    for (const view of [first, second]) {
      for (const tile of [
        view.tiles.failed,
        view.tiles.upcoming,
        view.tiles.refunds,
        view.tiles.cancellations,
      ]) {
        expect(tile).toMatchObject({ figures: null, computedAt: null, refreshing: true, stale: true });
      }
    }
    expect(pending).toHaveLength(4); // one claim per tile across both readers
    expect(await upcomingWalks()).toBe(0); // nothing walked while answering
    await runPending();
    expect(await upcomingWalks()).toBe(1);
  });

  it("then every reader gets the same fresh snapshot and starts nothing", async () => {
    const view = await read();
    expect(pending).toHaveLength(0);
    expect(view.maxRows).toBe(5000);
    expect(view.tiles.upcoming).toMatchObject({ refreshing: false, stale: false });
    expect(view.tiles.upcoming.figures?.count).toBeGreaterThan(0);
    expect(Date.parse(view.tiles.upcoming.computedAt!)).toBeLessThanOrEqual(Date.parse(view.checkedAt));
    expect((await read()).tiles.upcoming).toEqual(view.tiles.upcoming);
  });

  it("a webhook about a counted record makes only the tiles it touches stale; past the cool-down, one refresh", async () => {
    const db = await getDb();
    // As if the snapshots were computed a minute ago (the cool-down is 10 s).
    await db.query("UPDATE pulse_snapshots SET computed_at = computed_at - interval '1 minute'");
    await recordWebhookEvent(db, {
      dedupeKey: "read-pulse-test-skip",
      topic: "subscription/skipped",
      resource: "subscription",
      resourceId: "1",
      updatedAt: null,
      customerId: null,
      batchType: null,
    });
    const view = await read();
    expect(view.tiles.upcoming).toMatchObject({ stale: true, refreshing: true });
    expect(view.tiles.cancellations).toMatchObject({ stale: false, refreshing: false });
    expect(view.tiles.failed).toMatchObject({ stale: false, refreshing: false });
    expect(pending).toHaveLength(1);
    await runPending();
    expect((await read()).tiles.upcoming).toMatchObject({ stale: false, refreshing: false });
  });

  it("a refresh that fails keeps the last figures and says when it failed, until a walk succeeds", async () => {
    const db = await getDb();
    await db.query("UPDATE pulse_snapshots SET computed_at = computed_at - interval '11 minutes'");
    const before = (await read()).tiles.refunds;
    expect(pending.length).toBeGreaterThan(0);
    // Recharge refuses every charges read while the claimed walks run.
    const fault = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ method: "GET", path: "/charges", status: 500 }),
    });
    const { fault: added } = (await fault.json()) as { fault: { id: number } };
    try {
      await runPending();
    } finally {
      await fetch(`${sandbox.url}/__sandbox/faults/${added.id}`, { method: "DELETE" });
    }
    const failed = (await read()).tiles.refunds;
    expect(failed.figures).toEqual(before.figures);
    expect(failed.computedAt).toBe(before.computedAt);
    expect(Date.parse(failed.failedAt!)).toBeGreaterThan(Date.parse(before.computedAt!));

    // The tile is still stale: the next reader claims it again, and this walk succeeds.
    await read();
    await runPending();
    const recovered = (await read()).tiles.refunds;
    expect(recovered).toMatchObject({ failedAt: null, stale: false });
    expect(Date.parse(recovered.computedAt!)).toBeGreaterThan(Date.parse(before.computedAt!));
  });

  it("batches: the uploads waiting to start, read live", async () => {
    expect((await read()).tiles.batches).toMatchObject({
      figures: { running: [], waiting: [] },
      error: null,
    });
    const batch = await uploadEmptyBatch("codes.csv");
    const { batches } = (await read()).tiles;
    expect(batches.figures?.waiting).toEqual([
      {
        id: batch.id,
        batchType: "discount_create",
        fileName: "codes.csv",
        done: 0,
        failed: 0,
        total: 0,
        etaSeconds: null,
      },
    ]);
  });

  it("batches: a new upload is read at once, in one Recharge read that overviews opened together share", async () => {
    const batchReads = async () => {
      const response = await fetch(`${sandbox.url}/__sandbox/requests?method=GET&path=/async_batches`);
      return ((await response.json()) as { requests: unknown[] }).requests.length;
    };
    await uploadEmptyBatch("more-codes.csv");
    const before = await batchReads();
    const views = await Promise.all([read(), read(), read()]);
    expect(await batchReads()).toBe(before + 1);
    expect(new Set(views.map((view) => view.tiles.batches.computedAt)).size).toBe(1);
    for (const view of views)
      expect(view.tiles.batches.figures?.waiting.map((waiting) => waiting.fileName)).toContain(
        "more-codes.csv",
      );
  });
});
