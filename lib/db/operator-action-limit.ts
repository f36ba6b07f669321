import "server-only";
import type { Db } from "./types";

/**
 * Counts an attempt against a per-operator limit and says whether it is allowed. Held in the database
 * so the limit holds across serverless instances; an advisory lock per operator and bucket keeps two
 * concurrent requests from both slipping under the limit. Refused attempts are not counted.
 */
export async function takeOperatorAction(
  db: Db,
  operatorId: string,
  bucket: string,
  limit: number,
  windowSeconds: number,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`${operatorId}:${bucket}`]);
    // Attempts older than the window no longer count: they go now, so the table holds at most
    // `limit` rows per operator and bucket instead of growing forever.
    await tx.query(
      `DELETE FROM operator_action_events
       WHERE operator_id = $1 AND bucket = $2 AND created_at <= now() - make_interval(secs => $3)`,
      [operatorId, bucket, windowSeconds],
    );
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO operator_action_events (operator_id, bucket)
       SELECT $1, $2 WHERE (
         SELECT count(*) FROM operator_action_events
         WHERE operator_id = $1 AND bucket = $2 AND created_at > now() - make_interval(secs => $4)
       ) < $3
       RETURNING id::text AS id`,
      [operatorId, bucket, limit, windowSeconds],
    );
    return rows.length > 0;
  });
}
