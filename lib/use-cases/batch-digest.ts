import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/utils/canonical-json";

/**
 * SHA-256 over the task bodies as sent, in order: kept with the upload and in the audit record, so
 * either can be checked against what Recharge was given (its tasks list returns each body).
 */
export function tasksDigest(tasks: readonly { body: Record<string, unknown> }[]): string {
  return createHash("sha256")
    .update(canonicalJson(tasks.map((task) => task.body)))
    .digest("hex");
}
