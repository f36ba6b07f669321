"use client";

import type { z } from "zod";
import { ApiClientError } from "@/lib/queries/api-error";

/**
 * Validates a dialog's values with the same zod schema the route uses, as the operator types, and
 * merges in the server's field messages from a 422. Returns the first message per field.
 */
export function validateWith<T>(schema: z.ZodType<T>, values: unknown, serverError: unknown) {
  const result = schema.safeParse(values);
  const fields: Record<string, string> = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = issue.path.map(String).join(".") || "form";
      fields[key] ??= issue.message;
    }
  }
  if (serverError instanceof ApiClientError && serverError.fields) {
    for (const [key, messages] of Object.entries(serverError.fields))
      fields[key] ??= messages[0] ?? "Not valid";
  }
  return { valid: result.success, data: result.success ? result.data : undefined, fields };
}
