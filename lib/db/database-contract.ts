import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { migrations } from "./migrations";
import { findOperatorByEmail, insertOperatorIfAbsent, setOperatorDisabled } from "./operators";
import type { Db } from "./types";

/** The behaviour both drivers must share; run once per driver so each code path is exercised. */
export function describeDatabaseContract(driver: string, open: () => Promise<Db>) {
  describe(`database on ${driver}`, () => {
    let db: Db;
    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it("applies every migration once, and a second run applies none", async () => {
      const first = await migrate(db);
      expect(first).toEqual(migrations.map((migration) => migration.id));
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query<{ id: string }>("SELECT id FROM schema_migrations ORDER BY id");
      expect(rows.map((row) => row.id)).toEqual(first);
    });

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

    it("rolls a failed transaction back completely", async () => {
      await expect(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO sign_in_failures (key) VALUES ('rollback-test')");
          throw new Error("boom");
        }),
      ).rejects.toThrow("boom");
      const rows = await db.query("SELECT 1 FROM sign_in_failures WHERE key = 'rollback-test'");
      expect(rows).toHaveLength(0);
    });
  });
}
