import "server-only";
import type { z } from "zod";
import { normalizeErrorBody } from "./error-body";
import { RechargeError, redactFieldErrors, redactSecret } from "../recharge-error";

export interface ResponseContext {
  method: string;
  path: string;
  token: string;
}

export type ReadOutcome<T> = { ok: true; data: T } | { ok: false; error: RechargeError };

/**
 * Turns one upstream answer into data or a RechargeError (without request context; the transport
 * adds attempts and outcome). `schema: null` means no body is expected (204 on delete).
 */
export function readResponse<T>(
  status: number,
  bodyText: string,
  requestId: string | null,
  schema: z.ZodType<T> | null,
  context: ResponseContext,
): ReadOutcome<T | null> {
  const fail = (kind: RechargeError["kind"], message: string, fieldErrors = {}) => ({
    ok: false as const,
    error: new RechargeError({
      kind,
      status,
      requestId,
      message: redactSecret(message, context.token),
      fieldErrors,
    }),
  });

  if (status >= 300 && status < 400) {
    return fail(
      "invalid_response",
      `Recharge answered ${status} (a redirect) to ${context.method} ${context.path}; redirects are not followed`,
    );
  }
  if (status < 200 || status >= 400) {
    const json = parseJson(bodyText);
    const { message, fieldErrors } = normalizeErrorBody(json.ok ? json.value : bodyText);
    const kind = status === 429 ? "rate_limited" : "http";
    return fail(
      kind,
      message ?? `Recharge answered ${status} to ${context.method} ${context.path}`,
      redactFieldErrors(fieldErrors, context.token),
    );
  }
  if (schema === null) return { ok: true, data: null };

  const json = parseJson(bodyText);
  if (!json.ok) {
    return fail(
      "invalid_response",
      `Recharge answered ${status} with a body that is not JSON (${context.method} ${context.path})`,
    );
  }
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`)
      .join("; ");
    return fail(
      "invalid_response",
      `Recharge's answer to ${context.method} ${context.path} does not match the expected shape: ${issues}`,
    );
  }
  return { ok: true, data: parsed.data };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; value: undefined } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: undefined };
  }
}
