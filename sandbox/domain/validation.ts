// zod problems → Recharge's error bodies: `{"errors": {"field": ["message"]}}`, nested maps for nested
// input, and `_schema` for problems with the body as a whole.
import { z } from "zod";
import { unprocessable, type ApiResult, type FieldErrors } from "./result";

/** What a strict body says of a key its endpoint does not document (wording: sandbox choice). */
export const UNKNOWN_FIELD = "is not a documented field of this request";

/** One entry per problem: an unrecognised key is reported under its own name, as a field error. */
function problemsOf(error: z.ZodError): { path: string[]; message: string }[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ path: [...path, key], message: UNKNOWN_FIELD }));
    return [{ path: path.length === 0 ? ["_schema"] : path, message: issue.message }];
  });
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message: issueMessage } of problemsOf(error)) {
    let node: FieldErrors = errors;
    path.slice(0, -1).forEach((segment) => {
      const child = node[segment];
      if (typeof child !== "object" || Array.isArray(child)) node[segment] = {};
      node = node[segment] as FieldErrors;
    });
    const leaf = path[path.length - 1] as string;
    const messages = node[leaf];
    if (Array.isArray(messages)) messages.push(issueMessage);
    else node[leaf] = [issueMessage];
  }
  return errors;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; result: ApiResult };

/** Validates a request body; a failure is the 422 to send back. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, result: unprocessable(fieldErrorsOf(parsed.error)) };
}

/** "can't be blank" for missing values, the given message otherwise (Rails wording, as Recharge). */
export function message(text: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined || issue.input === null ? "can't be blank" : text,
  };
}

/** A positive integer id, sent as a number or a numeric string. */
export const idInput = z.union(
  [
    z.number().int("must be an integer").positive("must be positive"),
    z
      .string()
      .regex(/^\d{1,15}$/, "must be an integer")
      .transform(Number),
  ],
  message("must be an integer"),
);
