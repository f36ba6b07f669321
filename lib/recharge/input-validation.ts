import "server-only";
import type { z } from "zod";
import { rechargeIdSchema } from "./schemas/common";
import { RechargeError, type FieldErrors } from "./recharge-error";

/**
 * Validates what a caller wants to send. A failure is a RechargeError of kind `invalid_request`
 * (status 0, nothing sent) with zod's issues as dotted-path field errors.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  what: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join(".") || "_body";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  throw invalidRequest(`Invalid ${what}`, fieldErrors);
}

/** Ids go into URL paths: only non-negative integers get there. */
export function assertId(id: number, what = "id"): number {
  if (!rechargeIdSchema.safeParse(id).success)
    throw invalidRequest(`Invalid ${what}`, { [what]: ["must be a Recharge id (integer)"] });
  return id;
}

export function invalidRequest(message: string, fieldErrors: FieldErrors): RechargeError {
  return new RechargeError({ kind: "invalid_request", message, fieldErrors });
}
