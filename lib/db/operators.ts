import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Queryable } from "./types";

export interface OperatorRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled: boolean;
}

const COLUMNS = "id::text AS id, email, name, role, password_hash, disabled";

export async function findOperatorByEmail(db: Queryable, email: string): Promise<OperatorRow | undefined> {
  const rows = await db.query<OperatorRow>(
    `SELECT ${COLUMNS} FROM operators WHERE lower(email) = lower($1)`,
    [email.trim()],
  );
  return rows[0];
}

export async function findOperatorById(db: Queryable, id: string): Promise<OperatorRow | undefined> {
  if (!/^\d+$/.test(id)) return undefined;
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

export async function setOperatorDisabled(db: Queryable, email: string, disabled: boolean): Promise<void> {
  await db.query("UPDATE operators SET disabled = $2, updated_at = now() WHERE lower(email) = lower($1)", [
    email,
    disabled,
  ]);
}
