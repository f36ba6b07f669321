import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { describeDatabaseContract } from "./database-contract";
import { migrate } from "./migrate";
import { migrations } from "./migrations";
import { openPostgres } from "./postgres-driver";

// Runs only when `npm test` started a Postgres server (TEST_DATABASE_URL); each use gets its own database.
async function freshDatabaseUrl(): Promise<string> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = `contract_${randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}

describeDatabaseContract("PostgreSQL (server)", async () => openPostgres(await freshDatabaseUrl()));

describe("migrations on PostgreSQL", () => {
  it("instances starting at once on an empty database apply each migration exactly once", async () => {
    const url = await freshDatabaseUrl();
    const instances = await Promise.all(Array.from({ length: 4 }, () => openPostgres(url)));
    try {
      const applied = (await Promise.all(instances.map((db) => migrate(db)))).flat();
      expect(applied.toSorted()).toEqual(migrations.map((migration) => migration.id).toSorted());
    } finally {
      await Promise.all(instances.map((db) => db.close()));
    }
  });
});
