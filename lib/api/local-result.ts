import "server-only";
import type { UpstreamResult } from "@/lib/recharge/transport/types";

/**
 * What a mutation route returns when it changes only the dashboard's own records (e.g. ending an
 * operator's sessions): no attempt reached Recharge, so the audit record names no upstream call.
 */
export function localResult<T>(data: T): UpstreamResult<T> {
  return { data, meta: { status: 200, requestId: null, durationMs: 0, attempts: 0 } };
}
