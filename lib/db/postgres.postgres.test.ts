import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { appRoleGrants } from "./app-role";
import { describeDatabaseContract } from "./database-contract";
import { migrate, MigrationPrivilegeError } from "./migrate";
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

/** Runs `sql` as the server's superuser (the database's owner here) on one database. */
async function asOwner(databaseUrl: string, ...statements: string[]): Promise<void> {
  const owner = new pg.Client({ connectionString: databaseUrl });
  await owner.connect();
  try {
    for (const statement of statements) await owner.query(statement);
  } finally {
    await owner.end();
  }
}

/**
 * A fresh database and a new login role for the app on it, as the README's deploy section sets them
 * up: CREATE on the public schema is not granted to everyone (as from Postgres 15 on). With `migrated`,
 * the owner has run `npm run db:migrate -- --app-role <role>`'s migrations and grants.
 */
async function appRoleDatabase({ migrated }: { migrated: boolean }) {
  const databaseUrl = await freshDatabaseUrl();
  const role = `app_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await asOwner(
    databaseUrl,
    `CREATE ROLE ${role} LOGIN PASSWORD 'app-role-password'`,
    "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
  );
  if (migrated) {
    const owner = await openPostgres(databaseUrl);
    await migrate(owner);
    await owner.close();
    await asOwner(databaseUrl, ...appRoleGrants(role));
  }
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = "app-role-password";
  return { ownerUrl: databaseUrl, appUrl: url.toString() };
}

describeDatabaseContract("PostgreSQL (server)", async () => openPostgres(await freshDatabaseUrl()));

// Everything the app does, done as a role that may only read and write rows.
describeDatabaseContract(
  "PostgreSQL as the app's own role (rows only, after db:migrate)",
  async () => openPostgres((await appRoleDatabase({ migrated: true })).appUrl),
  { premigrated: true },
);

describe("the app's own database role", () => {
  it("cannot rewrite the audit log or the migration record", async () => {
    const { appUrl } = await appRoleDatabase({ migrated: true });
    const db = await openPostgres(appUrl);
    try {
      const refused = (sql: string) => expect(db.query(sql)).rejects.toMatchObject({ code: "42501" });
      await refused("UPDATE audit_log SET outcome = 'failed'");
      await refused("DELETE FROM audit_log");
      await refused("INSERT INTO schema_migrations (id) VALUES ('9999_forged')");
      await refused("CREATE TABLE intruder (id int)");
    } finally {
      await db.close();
    }
  });

  it("on a database with pending migrations says to run db:migrate, and creates nothing", async () => {
    const { ownerUrl, appUrl } = await appRoleDatabase({ migrated: false });
    const db = await openPostgres(appUrl);
    try {
      const failure = migrate(db);
      await expect(failure).rejects.toBeInstanceOf(MigrationPrivilegeError);
      await expect(failure).rejects.toThrow(/npm run db:migrate/);
    } finally {
      await db.close();
    }
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    const { rows } = await owner.query("SELECT to_regclass('schema_migrations') AS name");
    await owner.end();
    expect(rows[0].name).toBeNull();
  });
});

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
