import "server-only";
import { hashPassword } from "@/lib/security/password";
import type { Role } from "@/lib/schemas/roles";
import { findOperatorByEmail, insertOperatorIfAbsent } from "./operators";
import type { Db } from "./types";

/** Demo mode only: the three operators the README lists. Real deployments create operators by hand. */
export const DEMO_PASSWORD = "demo-password";
export const demoOperators: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "agent@example.com", name: "Alex Agent", role: "agent" },
  { email: "viewer@example.com", name: "Vic Viewer", role: "viewer" },
];

export async function seedDemoOperators(db: Db): Promise<void> {
  for (const operator of demoOperators) {
    if (await findOperatorByEmail(db, operator.email)) continue; // hashing is slow on purpose: skip when present
    await insertOperatorIfAbsent(db, { ...operator, passwordHash: await hashPassword(DEMO_PASSWORD) });
  }
}
