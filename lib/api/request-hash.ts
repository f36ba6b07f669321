import "server-only";
import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/utils/canonical-json";

/** Fingerprint of a mutation: which action, on what, with which body. Same key + other fingerprint = misuse. */
export function requestHash(action: string, targetId: string | null, body: unknown): string {
  return createHash("sha256").update(canonicalJson({ action, targetId, body })).digest("hex");
}
