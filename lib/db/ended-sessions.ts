import "server-only";
import type { Queryable } from "./types";
import type { OperatorRow } from "./operators";

/**
 * Records that one session was signed out, until `expiresAt` (when its cookie would have stopped
 * working anyway). Expired records go on the way, so the table holds only live sessions' ends.
 */
export async function endSession(
  db: Queryable,
  sessionId: string,
  operatorId: string,
  expiresAt: Date,
): Promise<void> {
  await db.query("DELETE FROM ended_sessions WHERE expires_at < now()");
  await db.query(
    `INSERT INTO ended_sessions (session_id, operator_id, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (session_id) DO NOTHING`,
    [sessionId, operatorId, expiresAt.toISOString()],
  );
}

export interface SessionFacts {
  operator: Pick<OperatorRow, "role" | "name" | "disabled" | "session_version">;
  /** The session was signed out (its cookie may still be around, e.g. copied before). */
  ended: boolean;
}

/** What one session's check needs, in one query: the operator as it is now and whether it was ended. */
export async function findSessionFacts(
  db: Queryable,
  operatorId: string,
  sessionId: string,
): Promise<SessionFacts | undefined> {
  if (!/^\d{1,18}$/.test(operatorId)) return undefined;
  const [row] = await db.query<SessionFacts["operator"] & { ended: boolean }>(
    `SELECT role, name, disabled, session_version,
       EXISTS (SELECT 1 FROM ended_sessions WHERE session_id = $2) AS ended
     FROM operators WHERE id = $1`,
    [operatorId, sessionId],
  );
  if (!row) return undefined;
  const { ended, ...operator } = row;
  return { operator, ended };
}
