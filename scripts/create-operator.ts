// npm run operator:create -- --email ops@example.com --name "Olive Ops" --role admin
// Creates an operator in the configured database (DATABASE_URL, or PGlite in PGLITE_DATA_DIR).
// The password comes from OPERATOR_PASSWORD or is typed at the prompt: never an argument (shell history).
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { hashPassword } from "@/lib/security/password";
import { roles } from "@/lib/schemas/roles";
import { dbLocationFromEnv, openDb } from "@/lib/db/client";
import { insertOperatorIfAbsent } from "@/lib/db/operators";

const argsSchema = z.object({
  email: z.email(),
  name: z.string().trim().min(1),
  role: z.enum(roles),
});

async function readPassword(): Promise<string> {
  if (process.env.OPERATOR_PASSWORD) return process.env.OPERATOR_PASSWORD;
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await prompt.question("Password (at least 12 characters): ");
  prompt.close();
  return password;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const args = argsSchema.safeParse(values);
  if (!args.success)
    throw new Error(
      `Usage: --email <email> --name <name> --role ${roles.join("|")}\n${z.prettifyError(args.error)}`,
    );
  const password = await readPassword();
  if (password.length < 12) throw new Error("The password must be at least 12 characters.");
  const db = await openDb(dbLocationFromEnv());
  const created = await insertOperatorIfAbsent(db, {
    ...args.data,
    passwordHash: await hashPassword(password),
  });
  await db.close();
  console.log(
    created
      ? `Created ${args.data.role} ${args.data.email}.`
      : `${args.data.email} already exists; nothing changed.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
