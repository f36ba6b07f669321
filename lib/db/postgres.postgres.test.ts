import { randomUUID } from "node:crypto";
import pg from "pg";
import { describeDatabaseContract } from "./database-contract";
import { openPostgres } from "./postgres-driver";

// Runs only when `npm test` started a Postgres server (TEST_DATABASE_URL); each run gets its own database.
describeDatabaseContract("PostgreSQL (server)", async () => {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = `contract_${randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  return openPostgres(url.toString());
});
