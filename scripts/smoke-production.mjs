// npm run test:smoke — the README's "Deploy to Vercel", as far as a machine without Vercel can take
// it: the production build under `next start` with a production environment (NODE_ENV=production, no
// demo mode, fresh secrets, a Postgres database reached through a transaction-mode pooler as on
// Vercel), against a sandbox that signs webhooks with a non-default secret. The operators and the
// webhooks are set up with the very commands the README gives, then the Playwright `smoke` project
// runs (playwright.smoke.config.ts, e2e/smoke/). `npm test` calls runSmoke() with the Postgres server
// it already runs; alone, this starts its own.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { smokeOperators } from "../e2e/smoke/operators.mjs";
import { buildIfStale } from "./lib/build.mjs";
import { startTransactionPooler } from "./lib/pgbouncer.mjs";
import { startTestPostgres } from "./lib/postgres.mjs";
import { freePort, startService, step, stopService, waitForHttp } from "./lib/processes.mjs";
import { productionEnv } from "./lib/production-env.mjs";
import { SMOKE_REPORT } from "./lib/test-counts.mjs";

/** A new, empty database on the server, so a shared server (npm test's) starts the app from nothing. */
async function createDatabase(serverUrl) {
  const name = `smoke_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return name;
}

/**
 * README "Deploying to Vercel", step 1: a login role for the app, on a database where not everyone
 * may create tables (the default from Postgres 15 on). `npm run db:migrate -- --app-role` grants it
 * rows only; the app runs as it.
 */
async function createAppRole(serverUrl, database) {
  const role = `dashboard_app_${randomBytes(4).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    await client.query(`CREATE ROLE ${role} LOGIN PASSWORD '${randomBytes(12).toString("hex")}'`);
    await client.query("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
  } finally {
    await client.end();
  }
  return role;
}

/** Fails the run unless `url` really logs in as `role` (so the smoke proves what it claims). */
async function expectConnectedAs(url, role) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT current_user AS name");
    if (rows[0]?.name !== role) throw new Error(`The app's URL logs in as ${rows[0]?.name}, not ${role}.`);
  } finally {
    await client.end();
  }
}

/** `npm run <script> -- <args>` in `env`; throws naming the step when it fails. */
const npmRun = (name, env, script, args) =>
  step(name, "npm", ["run", "--silent", script, "--", ...args], { env });

/** Runs the smoke project against a production server; `stops` collects what to stop afterwards. */
async function smoke(serverUrl, stops) {
  const database = await createDatabase(serverUrl);
  const appRole = await createAppRole(serverUrl, database);
  const appDatabase = `${database}_app`;
  const pooler = await startTransactionPooler(serverUrl, {
    aliases: [{ name: appDatabase, database, user: appRole }],
  });
  if (pooler) stops.push(pooler.stop);
  else console.log("! PgBouncer could not be had here: the app talks to Postgres directly, unpooled.");
  const direct = new URL(serverUrl);
  direct.pathname = `/${database}`;
  // The owner migrates and creates operators; the app itself connects as its own role (trusted on
  // loopback, so the direct URL needs no password).
  const ownerUrl = pooler ? pooler.url(database) : direct.href;
  const appDirect = new URL(direct);
  appDirect.username = appRole;
  const databaseUrl = pooler ? pooler.url(appDatabase) : appDirect.href;
  await expectConnectedAs(databaseUrl, appRole);

  const [appPort, sandboxPort] = [await freePort(), await freePort()];
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const env = productionEnv({ appPort, sandboxUrl, databaseUrl });
  const ownerEnv = { ...env, DATABASE_URL: ownerUrl };
  // Built as Vercel builds it, with the production environment; `npm test` has built already.
  await buildIfStale(env);

  // The binaries themselves rather than through npx: one process each, nothing left behind.
  const sandbox = startService("smoke-sandbox", "node_modules/.bin/tsx", ["sandbox/main.ts"], {
    env: {
      ...env,
      NODE_ENV: "development",
      SANDBOX_PORT: String(sandboxPort),
      SANDBOX_WEBHOOK_SECRET: env.RECHARGE_WEBHOOK_SECRET,
    },
    exitStopsAll: false,
  });
  stops.push(() => stopService(sandbox));
  // README "Deploy to Vercel" step 5, once per role, concurrently: both migrate the empty database,
  // which the migrations' advisory lock must serialise.
  const password = randomBytes(18).toString("base64url");
  await Promise.all(
    Object.values(smokeOperators).map((operator) =>
      npmRun(
        `Create ${operator.role} operator (operator:create)`,
        { ...ownerEnv, OPERATOR_PASSWORD: password },
        "operator:create",
        ["--email", operator.email, "--name", operator.name, "--role", operator.role],
      ),
    ),
  );
  // README step 4: the schema is up to date, and the app's role may read and write rows, no more.
  await npmRun("Grant the app's role (db:migrate --app-role)", ownerEnv, "db:migrate", [
    "--app-role",
    appRole,
  ]);
  await waitForHttp(`${sandboxUrl}/`);
  // README step 6.
  await npmRun("Register webhooks (webhooks:register)", env, "webhooks:register", [
    "--app-url",
    env.NEXTAUTH_URL,
  ]);

  const app = startService("smoke-app", "node", ["scripts/serve.mjs", "-p", String(appPort)], {
    env,
    exitStopsAll: false,
  });
  stops.push(() => stopService(app));
  await waitForHttp(`${env.NEXTAUTH_URL}/login`);

  await step(
    "Production smoke tests (playwright --project smoke)",
    "npx",
    ["playwright", "test", "-c", "playwright.smoke.config.ts", "--project", "smoke", "--reporter=list,json"],
    {
      // The whole production environment: the start-refusal spec starts this server with one change.
      env: {
        ...env,
        E2E_APP_PORT: String(appPort),
        SMOKE_OPERATOR_PASSWORD: password,
        PLAYWRIGHT_JSON_OUTPUT_NAME: SMOKE_REPORT,
      },
    },
  );
}

/**
 * Starts everything, runs the smoke project, stops everything (also on failure).
 * @param {{ postgresUrl?: string }} options a running server to use; otherwise one is started.
 */
export async function runSmoke({ postgresUrl } = {}) {
  const stops = [];
  try {
    let serverUrl = postgresUrl;
    if (!serverUrl) {
      const postgres = await startTestPostgres();
      if (!postgres) throw new Error("PostgreSQL could not be installed or started; the smoke run needs it.");
      stops.push(postgres.stop);
      serverUrl = postgres.url;
    }
    await smoke(serverUrl, stops);
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runSmoke().then(
    () => process.exit(0),
    (error) => {
      console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
