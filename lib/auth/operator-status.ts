import "server-only";
import { getDb } from "@/lib/db/client";
import { findOperatorById } from "@/lib/db/operators";
import type { Role } from "./permissions";

// How stale an operator's role/disabled flag may be. Sessions are JWTs, so without this re-check a
// disabled operator would keep access until the token expired.
const RECHECK_MS = 30_000;

interface OperatorStatus {
  active: boolean;
  role: Role;
  name: string;
  checkedAt: number;
}

const cache = new Map<string, OperatorStatus>();

/** The operator's current role and whether they may still sign in, re-read from the database every 30 s. */
export async function currentOperatorStatus(operatorId: string): Promise<OperatorStatus | undefined> {
  const cached = cache.get(operatorId);
  if (cached && Date.now() - cached.checkedAt < RECHECK_MS) return cached;
  const row = await findOperatorById(await getDb(), operatorId);
  if (!row) {
    cache.delete(operatorId);
    return undefined;
  }
  const status = { active: !row.disabled, role: row.role, name: row.name, checkedAt: Date.now() };
  cache.set(operatorId, status);
  return status;
}
