import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { migrations } from "./migrations";
import { insertAuditEntry, listAuditEntries, type AuditEntry } from "./audit-log";
import {
  findBatchUpload,
  findBatchUploadSummary,
  insertBatchUpload,
  listBatchUploads,
} from "./batch-uploads";
import {
  ABANDONED_CLAIM_SECONDS,
  KEY_RETENTION_DAYS,
  claimIdempotencyKey,
  releaseIdempotencyKey,
  settleIdempotencyKey,
} from "./idempotency";
import { takeOperatorAction } from "./operator-action-limit";
import { accountRule, pairRule } from "@/lib/db/sign-in-throttle-policy";
import { endSession, findSessionFacts } from "./ended-sessions";
import {
  endOperatorSessions,
  findOperatorByEmail,
  insertOperatorIfAbsent,
  setOperatorDisabled,
  setOperatorPassword,
  setOperatorRole,
  upgradePasswordHash,
} from "./operators";
import { creditSignInSuccess, recordSignInAttempt } from "./sign-in-throttle";
import type { Db } from "./types";
import { describePulseSnapshotsContract } from "./pulse-snapshots-contract";
import { describeWebhookEventsContract } from "./webhook-events-contract";

/**
 * The behaviour both drivers must share; run once per driver so each code path is exercised.
 * `premigrated`: the database was migrated by its owner beforehand (the app's own role cannot).
 */
export function describeDatabaseContract(
  driver: string,
  open: () => Promise<Db>,
  { premigrated = false }: { premigrated?: boolean } = {},
) {
  describe(`database on ${driver}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it(
      premigrated
        ? "finds every migration applied and applies none"
        : "applies every migration once, and a second run applies none",
      async () => {
        const every = migrations.map((migration) => migration.id);
        expect(await migrate(db)).toEqual(premigrated ? [] : every);
        expect(await migrate(db)).toEqual([]);
        const rows = await db.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY id");
        expect(rows.map((row) => row.id)).toEqual(every);
      },
    );

    it("stores operators with case-insensitive unique emails", async () => {
      const operator = { email: "Case@Example.com", name: "Case", role: "agent" as const, passwordHash: "h" };
      expect(await insertOperatorIfAbsent(db, operator)).toBe(true);
      expect(await insertOperatorIfAbsent(db, { ...operator, email: "case@example.COM" })).toBe(false);
      expect((await findOperatorByEmail(db, " case@example.com "))?.role).toBe("agent");
      await setOperatorDisabled(db, "CASE@example.com", true);
      expect((await findOperatorByEmail(db, "case@example.com"))?.disabled).toBe(true);
    });

    it("refuses a role outside viewer/agent/admin", async () => {
      await expect(
        insertOperatorIfAbsent(db, {
          email: "x@example.com",
          name: "X",
          role: "owner" as never,
          passwordHash: "h",
        }),
      ).rejects.toThrow();
    });

    it("counts 25 concurrent sign-in attempts on a key as 25: exactly the limit get through", async () => {
      const key = [{ key: "pair|race@example.com|203.0.113.9", rule: pairRule }];
      const results = await Promise.all(Array.from({ length: 25 }, () => recordSignInAttempt(db, key)));
      expect(results.filter((result) => result === null)).toHaveLength(pairRule.limit);
      expect(results.filter((result) => result !== null)).toHaveLength(25 - pairRule.limit);
      expect(await recordSignInAttempt(db, key)).toBeGreaterThan(14 * 60);
    });

    it("gives a successful attempt back, and frees a key once its lock has passed", async () => {
      const keys = [{ key: "account|credit@example.com", rule: accountRule }];
      for (let attempt = 0; attempt < accountRule.limit; attempt++) {
        expect(await recordSignInAttempt(db, keys)).toBeNull();
        await creditSignInSuccess(db, ["account|credit@example.com"]);
      }
      // Twenty right passwords in a row never lock anyone out.
      expect(await recordSignInAttempt(db, keys)).toBeNull();
      for (let attempt = 1; attempt < accountRule.limit; attempt++) await recordSignInAttempt(db, keys);
      expect(await recordSignInAttempt(db, keys)).toBe(15 * 60);
      await db.query(
        `UPDATE sign_in_throttle SET locked_until = now() - interval '1 second',
           window_started_at = now() - interval '16 minutes' WHERE key = 'account|credit@example.com'`,
      );
      expect(await recordSignInAttempt(db, keys)).toBeNull();
    });

    it("moves an operator's session version on for every change that must end their sessions", async () => {
      await insertOperatorIfAbsent(db, {
        email: "versions@example.com",
        name: "V",
        role: "agent",
        passwordHash: "h1",
      });
      const version = async () => (await findOperatorByEmail(db, "versions@example.com"))!.session_version;
      const id = (await findOperatorByEmail(db, "versions@example.com"))!.id;
      expect(await version()).toBe(1);
      await setOperatorRole(db, "versions@example.com", "viewer");
      expect(await version()).toBe(2);
      await setOperatorDisabled(db, "versions@example.com", true);
      expect(await version()).toBe(3);
      await setOperatorPassword(db, "versions@example.com", "h2");
      expect(await version()).toBe(4);
      expect(await endOperatorSessions(db, id)).toBe(true);
      expect(await version()).toBe(5);
      expect(await endOperatorSessions(db, "999999999")).toBe(false);
      // A rehash of the same password is no change: sessions live on, and an outdated hash is not written.
      await upgradePasswordHash(db, id, "h2", "h3");
      await upgradePasswordHash(db, id, "h2", "h4");
      expect(await findOperatorByEmail(db, "versions@example.com")).toMatchObject({
        password_hash: "h3",
        session_version: 5,
      });
    });

    it("remembers a signed-out session until it would have expired anyway", async () => {
      const id = (await findOperatorByEmail(db, "versions@example.com"))!.id;
      expect((await findSessionFacts(db, id, "session-a"))?.ended).toBe(false);
      await endSession(db, "session-a", id, new Date(Date.now() + 60_000));
      await endSession(db, "session-old", id, new Date(Date.now() - 60_000));
      expect((await findSessionFacts(db, id, "session-a"))?.ended).toBe(true);
      await endSession(db, "session-b", id, new Date(Date.now() + 60_000));
      const kept = await db.query<{ session_id: string }>("SELECT session_id FROM ended_sessions ORDER BY 1");
      expect(kept.map((row) => row.session_id)).toEqual(["session-a", "session-b"]);
    });

    it("rolls a failed transaction back completely", async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query(
            "INSERT INTO sign_in_throttle (key, window_started_at, attempts) VALUES ('rollback-test', now(), 1)",
          );
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      const rows = await db.query("SELECT 1 FROM sign_in_throttle WHERE key = 'rollback-test'");
      expect(rows).toHaveLength(0);
    });

    it("lets exactly one of many concurrent requests claim an idempotency key", async () => {
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => claimIdempotencyKey(db, "op-1", "key-race", "hash-a")),
      );
      expect(claims.filter((claim) => claim.kind === "claimed")).toHaveLength(1);
      expect(claims.filter((claim) => claim.kind === "in_progress")).toHaveLength(9);
    });

    it("replays a settled key, refuses a changed request and frees a released key", async () => {
      expect((await claimIdempotencyKey(db, "op-1", "key-settle", "hash-a")).kind).toBe("claimed");
      await settleIdempotencyKey(db, "op-1", "key-settle", "completed", 200, { data: { id: 7 } });
      expect(await claimIdempotencyKey(db, "op-1", "key-settle", "hash-a")).toEqual({
        kind: "completed",
        status: 200,
        body: { data: { id: 7 } },
      });
      expect((await claimIdempotencyKey(db, "op-1", "key-settle", "hash-b")).kind).toBe("mismatch");
      expect((await claimIdempotencyKey(db, "op-2", "key-settle", "hash-b")).kind).toBe("claimed");
      await releaseIdempotencyKey(db, "op-2", "key-settle");
      expect((await claimIdempotencyKey(db, "op-2", "key-settle", "hash-c")).kind).toBe("claimed");
    });

    it("turns a claim abandoned mid-request into an unknown outcome, and leaves a live one alone", async () => {
      expect((await claimIdempotencyKey(db, "op-1", "key-abandoned", "hash-a")).kind).toBe("claimed");
      expect((await claimIdempotencyKey(db, "op-1", "key-abandoned", "hash-a")).kind).toBe("in_progress");
      await db.query(
        "UPDATE idempotency_keys SET updated_at = now() - $1::int * interval '1 second' WHERE key = $2",
        [ABANDONED_CLAIM_SECONDS + 1, "key-abandoned"],
      );
      const [first, second] = await Promise.all([
        claimIdempotencyKey(db, "op-1", "key-abandoned", "hash-a"),
        claimIdempotencyKey(db, "op-1", "key-abandoned", "hash-a"),
      ]);
      // Whichever came first turned it; both then see the unknown outcome, and it stays unknown.
      expect([first!.kind, second!.kind]).toEqual(["unknown", "unknown"]);
      expect((await claimIdempotencyKey(db, "op-1", "key-abandoned", "hash-a")).kind).toBe("unknown");
    });

    it("forgets an operator's keys past the retention when their next key is claimed", async () => {
      expect((await claimIdempotencyKey(db, "op-old", "key-old", "hash-a")).kind).toBe("claimed");
      await settleIdempotencyKey(db, "op-old", "key-old", "completed", 200, { data: 1 });
      expect((await claimIdempotencyKey(db, "op-other", "key-other", "hash-a")).kind).toBe("claimed");
      await db.query(
        "UPDATE idempotency_keys SET created_at = now() - $1::int * interval '1 day' WHERE key IN ('key-old', 'key-other')",
        [KEY_RETENTION_DAYS + 1],
      );
      expect((await claimIdempotencyKey(db, "op-old", "key-new", "hash-a")).kind).toBe("claimed");
      const keys = await db.query<{ key: string }>(
        "SELECT key FROM idempotency_keys WHERE operator_id IN ('op-old', 'op-other') ORDER BY key",
      );
      // Only that operator's old key went; another operator's waits for their own next claim.
      expect(keys.map((row) => row.key)).toEqual(["key-new", "key-other"]);
    });

    it("allows a per-operator action up to its limit inside the window, also when concurrent", async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, () => takeOperatorAction(db, "op-9", "refund", 5, 60)),
      );
      expect(results.filter(Boolean)).toHaveLength(5);
      expect(await takeOperatorAction(db, "op-10", "refund", 5, 60)).toBe(true);
    });

    it("lets attempts past the window go, so the limit frees up and the table stays small", async () => {
      for (let i = 0; i < 3; i++) expect(await takeOperatorAction(db, "op-11", "refund", 3, 60)).toBe(true);
      expect(await takeOperatorAction(db, "op-11", "refund", 3, 60)).toBe(false);
      await db.query(
        "UPDATE operator_action_events SET created_at = now() - interval '61 seconds' WHERE operator_id = 'op-11'",
      );
      expect(await takeOperatorAction(db, "op-11", "refund", 3, 60)).toBe(true);
      const rows = await db.query("SELECT 1 FROM operator_action_events WHERE operator_id = 'op-11'");
      expect(rows).toHaveLength(1);
    });

    it("pages the audit log newest first, forwards and back, with filters", async () => {
      const entry: AuditEntry = {
        operatorEmail: "agent@example.com",
        operatorRole: "agent",
        action: "charge.skip",
        targetType: "charge",
        targetId: "1",
        request: { purchase_item_ids: [1] },
        reason: null,
        idempotencyKey: "k",
        outcome: "succeeded",
        httpStatus: 200,
        errorCode: null,
        errorMessage: null,
        upstreamStatus: 200,
        upstreamRequestId: "r",
        durationMs: 12.4,
      };
      // The rows straddle id 10, so ids of different lengths ("9", "10") must sort as numbers.
      for (let filler = 0; filler < 7; filler++) await insertAuditEntry(db, { ...entry, action: "filler" });
      for (let index = 0; index < 5; index++)
        await insertAuditEntry(db, { ...entry, targetId: String(index) });
      await insertAuditEntry(db, { ...entry, action: "charge.refund", operatorEmail: "Admin@example.com" });
      const first = await listAuditEntries(db, { action: "charge.skip" }, { limit: 2 });
      expect(first.rows.map((row) => row.targetId)).toEqual(["4", "3"]);
      expect(first.hasMore).toBe(true);
      const second = await listAuditEntries(
        db,
        { action: "charge.skip" },
        { limit: 2, after: first.rows[1]!.id },
      );
      expect(second.rows.map((row) => row.targetId)).toEqual(["2", "1"]);
      const back = await listAuditEntries(
        db,
        { action: "charge.skip" },
        { limit: 2, before: second.rows[0]!.id },
      );
      expect(back.rows.map((row) => row.targetId)).toEqual(["4", "3"]);
      const byOperator = await listAuditEntries(db, { operator: "admin@EXAMPLE.com" }, { limit: 10 });
      expect(byOperator.rows).toHaveLength(1);
      expect(byOperator.rows[0]).toMatchObject({
        action: "charge.refund",
        request: { purchase_item_ids: [1] },
      });
      expect(byOperator.rows[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*Z$/);
    });

    // After the tests above, so the migrations have run.
    describeWebhookEventsContract(() => db);
    describePulseSnapshotsContract(() => db);

    it("keeps batch uploads with their original rows and pages them newest first", async () => {
      const upload = {
        batchType: "discount_create",
        createdBy: "admin@example.com",
        fileName: "codes.csv",
        columns: ["code", "value"],
        rows: [
          ["A,1", "5"],
          ["É", "6"],
        ],
        taskIds: [11, 12],
        rowCount: 2,
        retryOf: null,
        taskBodies: [
          { code: "A,1", value: "5" },
          { code: "É", value: "6" },
        ],
        tasksSha256: "ab".repeat(32),
      };
      for (let index = 1; index <= 3; index++)
        await insertBatchUpload(db, { ...upload, batchId: String(index) });
      await expect(insertBatchUpload(db, { ...upload, batchId: "1" })).rejects.toThrow();
      expect(await findBatchUpload(db, "2")).toMatchObject({ ...upload, batchId: "2", rowCount: 2 });
      expect(await findBatchUploadSummary(db, "3")).toMatchObject({
        batchId: "3",
        fileName: "codes.csv",
        retryOf: null,
        tasksSha256: "ab".repeat(32),
      });
      expect(await findBatchUploadSummary(db, "404")).toBeNull();
      const first = await listBatchUploads(db, { limit: 2 });
      expect(first.rows.map((row) => row.batchId)).toEqual(["3", "2"]);
      expect(first.hasMore).toBe(true);
      const second = await listBatchUploads(db, { limit: 2, after: first.rows[1]!.id });
      expect(second).toMatchObject({ rows: [{ batchId: "1" }], hasMore: false });
      const back = await listBatchUploads(db, { limit: 2, before: second.rows[0]!.id });
      expect(back.rows.map((row) => row.batchId)).toEqual(["3", "2"]);
    });
  });
}
