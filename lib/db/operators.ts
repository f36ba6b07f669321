import "server-only";
import type { Role } from "@/lib/schemas/roles";
import type { Queryable } from "./types";

export interface OperatorRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled: boolean;
  /** Sessions issued under an older version have ended (migration 0006). */
  session_version: number;
}

const COLUMNS = "id::text AS id, email, name, role, password_hash, disabled, session_version";

export async function findOperatorByEmail(db: Queryable, email: string): Promise<OperatorRow | undefined> {
  const rows = await db.query<OperatorRow>(
    `SELECT ${COLUMNS} FROM operators WHERE lower(email) = lower($1)`,
    [email.trim()],
  );
  return rows[0];
}

export async function findOperatorById(db: Queryable, id: string): Promise<OperatorRow | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const rows = await db.query<OperatorRow>(`SELECT ${COLUMNS} FROM operators WHERE id = $1`, [id]);
  return rows[0];
}

export interface NewOperator {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

/** Inserts an operator unless one with that email exists; returns whether it was created. */
export async function insertOperatorIfAbsent(db: Queryable, operator: NewOperator): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO operators (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
    [operator.email, operator.name, operator.role, operator.passwordHash],
  );
  return rows.length > 0;
}

// Every change below that affects what a session may do also moves `session_version` on, so the
// operator's sessions end (within the 30 s status re-read, lib/auth/session-status.ts) instead of
// living on under the old facts.

export async function setOperatorDisabled(db: Queryable, email: string, disabled: boolean): Promise<void> {
  await db.query(
    `UPDATE operators SET disabled = $2, session_version = session_version + 1, updated_at = now()
     WHERE lower(email) = lower($1)`,
    [email, disabled],
  );
}

export async function setOperatorRole(db: Queryable, email: string, role: Role): Promise<void> {
  await db.query(
    `UPDATE operators SET role = $2, session_version = session_version + 1, updated_at = now()
     WHERE lower(email) = lower($1) AND role <> $2`,
    [email, role],
  );
}

/** A new password (already hashed): every session signed in with the old one ends. */
export async function setOperatorPassword(db: Queryable, email: string, passwordHash: string): Promise<void> {
  await db.query(
    `UPDATE operators SET password_hash = $2, session_version = session_version + 1, updated_at = now()
     WHERE lower(email) = lower($1)`,
    [email, passwordHash],
  );
}

/** "Sign out everywhere": ends every session of the operator; false when there is no such operator. */
export async function endOperatorSessions(db: Queryable, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  const rows = await db.query(
    "UPDATE operators SET session_version = session_version + 1, updated_at = now() WHERE id = $1 RETURNING id",
    [id],
  );
  return rows.length > 0;
}

/**
 * Stores the same password under stronger hash parameters (rehash on sign-in). Not a password change,
 * so sessions live on; only replaces the hash it was computed from, never a newer one set meanwhile.
 */
export async function upgradePasswordHash(
  db: Queryable,
  id: string,
  previousHash: string,
  passwordHash: string,
): Promise<void> {
  await db.query("UPDATE operators SET password_hash = $3 WHERE id = $1 AND password_hash = $2", [
    id,
    previousHash,
    passwordHash,
  ]);
}
