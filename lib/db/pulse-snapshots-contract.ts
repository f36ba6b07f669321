import { describe, expect, it } from "vitest";
import {
  claimPulseRefresh,
  readPulseSnapshots,
  releasePulseClaim,
  storePulseFigures,
  type PulsePolicy,
  type PulseTileRule,
} from "./pulse-snapshots";
import type { Db } from "./types";
import { recordWebhookEvent } from "./webhook-events";

const policy: PulsePolicy = { maxAgeSeconds: 600, leaseSeconds: 120, cooldownSeconds: 10, figuresVersion: 1 };
const figures = { version: 1, count: 3 };

let serial = 0;
/** A tile of its own per test (and topics no other contract test sends), so tests never meet. */
function tile(): PulseTileRule {
  serial += 1;
  return { tile: `contract-tile-${serial}`, topics: [`contract/pulse-${serial}`] };
}

async function snapshot(db: Db, rule: PulseTileRule) {
  return (await readPulseSnapshots(db, [rule], policy)).rows[0]!;
}

/** Moves a tile's times `seconds` into the past, as if that long had gone by. */
async function age(db: Db, rule: PulseTileRule, seconds: number) {
  await db.query(
    `UPDATE pulse_snapshots SET computed_at = computed_at - $2::int * interval '1 second',
       refresh_started_at = refresh_started_at - $2::int * interval '1 second' WHERE tile = $1`,
    [rule.tile, seconds],
  );
}

async function webhook(db: Db, topic: string) {
  serial += 1;
  await recordWebhookEvent(db, {
    dedupeKey: `pulse-contract-${serial}`,
    topic,
    resource: topic.split("/")[0]!,
    resourceId: String(serial),
    updatedAt: null,
    customerId: null,
    batchType: null,
  });
}

/** Pulse snapshots on either driver; runs inside describeDatabaseContract once its migrations ran. */
export function describePulseSnapshotsContract(database: () => Db) {
  describe("pulse snapshots", () => {
    it("of many claims at once on a tile never computed, exactly one wins", async () => {
      const db = database();
      const rule = tile();
      expect(await snapshot(db, rule)).toMatchObject({ figures: null, refreshing: false, stale: true });
      const claims = await Promise.all(Array.from({ length: 8 }, () => claimPulseRefresh(db, rule, policy)));
      expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
      expect(await snapshot(db, rule)).toMatchObject({ refreshing: true, stale: true });
    });

    it("of many claims at once on a stale snapshot, exactly one wins; the winner's figures free the tile", async () => {
      const db = database();
      const rule = tile();
      await storePulseFigures(db, (await claimPulseRefresh(db, rule, policy))!, figures);
      await age(db, rule, 601);
      expect(await snapshot(db, rule)).toMatchObject({ refreshing: false, stale: true });
      const claims = await Promise.all(Array.from({ length: 8 }, () => claimPulseRefresh(db, rule, policy)));
      const winner = claims.filter((claim) => claim !== null);
      expect(winner).toHaveLength(1);

      expect(await storePulseFigures(db, winner[0]!, { ...figures, count: 4 })).toBe(true);
      const fresh = await snapshot(db, rule);
      expect(fresh).toMatchObject({ figures: { count: 4 }, refreshing: false, stale: false });
      expect(fresh.computedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(await claimPulseRefresh(db, rule, policy)).toBeNull(); // fresh: nothing to do
    });

    it("a webhook with one of the tile's topics makes it stale; a refresh starts after the cool-down", async () => {
      const db = database();
      const rule = tile();
      await storePulseFigures(db, (await claimPulseRefresh(db, rule, policy))!, figures);
      await webhook(db, "contract/some-other-topic");
      expect((await snapshot(db, rule)).stale).toBe(false);

      await webhook(db, rule.topics[0]!);
      expect((await snapshot(db, rule)).stale).toBe(true);
      expect(await claimPulseRefresh(db, rule, policy)).toBeNull(); // computed under 10 s ago
      await age(db, rule, 11);
      await webhook(db, rule.topics[0]!); // received after the (aged) walk start
      expect(await claimPulseRefresh(db, rule, policy)).not.toBeNull();
    });

    it("a lease left by an instance that died runs out, and its late figures are not stored", async () => {
      const db = database();
      const rule = tile();
      const abandoned = (await claimPulseRefresh(db, rule, policy))!;
      expect(await claimPulseRefresh(db, rule, policy)).toBeNull();
      await age(db, rule, 121);
      expect((await snapshot(db, rule)).refreshing).toBe(false);
      const next = await claimPulseRefresh(db, rule, policy);
      expect(next).not.toBeNull();
      expect(await storePulseFigures(db, abandoned, figures)).toBe(false);
      expect(await storePulseFigures(db, next!, figures)).toBe(true);
    });

    it("a failed walk frees the tile, keeps the last figures and says when it failed", async () => {
      const db = database();
      const rule = tile();
      await storePulseFigures(db, (await claimPulseRefresh(db, rule, policy))!, figures);
      await age(db, rule, 601);
      const claim = (await claimPulseRefresh(db, rule, policy))!;
      await releasePulseClaim(db, claim);
      const failed = await snapshot(db, rule);
      expect(failed).toMatchObject({ figures, refreshing: false, stale: true });
      expect(Math.abs(Date.parse(failed.failedAt!) - Date.now())).toBeLessThan(60_000);

      // The next walk that stores figures clears the failure.
      await storePulseFigures(db, (await claimPulseRefresh(db, rule, policy))!, figures);
      expect((await snapshot(db, rule)).failedAt).toBeNull();
    });

    it("figures of another version count as never computed", async () => {
      const db = database();
      const rule = tile();
      await storePulseFigures(db, (await claimPulseRefresh(db, rule, policy))!, { ...figures, version: 0 });
      expect((await snapshot(db, rule)).stale).toBe(true);
      expect(await claimPulseRefresh(db, rule, policy)).not.toBeNull();
    });

    it("reads several tiles in one query, in the order asked", async () => {
      const db = database();
      const [a, b] = [tile(), tile()];
      await storePulseFigures(db, (await claimPulseRefresh(db, b, policy))!, figures);
      const { rows, checkedAt } = await readPulseSnapshots(db, [a, b], policy);
      expect(rows.map((row) => [row.tile, row.stale])).toEqual([
        [a.tile, true],
        [b.tile, false],
      ]);
      expect(Math.abs(Date.parse(checkedAt) - Date.now())).toBeLessThan(60_000);
    });
  });
}
