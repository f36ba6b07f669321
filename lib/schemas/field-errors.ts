import type { z } from "zod";

/** Field messages as the error envelope carries them: dotted paths to messages. */
export type FieldErrors = Record<string, string[]>;

/** zod issues as the envelope's `fields`: dotted paths to messages. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "body";
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}
