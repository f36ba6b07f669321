import "server-only";
import { createHash } from "node:crypto";

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Fingerprint of a mutation: which action, on what, with which body. Same key + other fingerprint = misuse. */
export function requestHash(action: string, targetId: string | null, body: unknown): string {
  return createHash("sha256").update(canonical({ action, targetId, body })).digest("hex");
}
