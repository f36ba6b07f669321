// npm run db:migrate [-- --app-role <role>]
// Applies pending migrations to the configured database (DATABASE_URL, or PGlite in PGLITE_DATA_DIR)
// as whoever DATABASE_URL names: on a real deployment, the database owner. With --app-role it then
// grants that role what the app needs and nothing more (lib/db/app-role.ts), so the deployment's own
// DATABASE_URL can use a role that cannot change the schema or rewrite the audit log.
import { parseArgs } from "node:util";
import { appRoleGrants } from "@/lib/db/app-role";
import { connectDb, dbLocationFromEnv } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";

async function main() {
  const { values } = parseArgs({ options: { "app-role": { type: "string" } } });
  const location = dbLocationFromEnv();
  const appRole = values["app-role"];
  if (appRole && !location.databaseUrl)
    throw new Error("--app-role needs DATABASE_URL: PGlite has no roles.");
  const grants = appRole ? appRoleGrants(appRole) : [];
  const db = await connectDb(location);
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The schema is up to date.");
    if (appRole) {
      await db.transaction(async (tx) => {
        for (const statement of grants) await tx.query(statement);
      });
      console.log(`Granted ${appRole} reads and writes of rows (audit log: append only).`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
