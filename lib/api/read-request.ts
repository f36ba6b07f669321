import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { ApiError } from "./errors";
import { readRawBody } from "./read-raw-body";
import { toKnownError } from "./respond";

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

/** What a mutation request said, as far as it could be read: the audit log keeps it either way. */
interface MutationRequestRead {
  key: string | null;
  /** The JSON body as sent; null when it could not be read. */
  body: unknown;
  /** The operator's `reason`, when the body gave one (at most 2,000 characters kept). */
  reason: string | null;
}

export type MutationRequest<Input> =
  | (MutationRequestRead & { ok: true; key: string; input: Input })
  | (MutationRequestRead & { ok: false; error: ApiError });

/**
 * Reads a mutation request past the door, in order: `Idempotency-Key` (422) → JSON body, bounded
 * (413, 422) → its `reason` → input schema (422). Never throws: a refusal comes back with what was
 * read before it.
 */
export async function readMutationRequest<Input>(
  request: Request,
  inputSchema: z.ZodType<Input>,
  maxBytes: number,
): Promise<MutationRequest<Input>> {
  const read: MutationRequestRead = { key: null, body: null, reason: null };
  try {
    const key = readIdempotencyKey(request);
    read.key = key;
    read.body = await readJsonBody(request, maxBytes);
    read.reason = readReason(read.body);
    return { ok: true, ...read, key, input: parseOr422(inputSchema, read.body) };
  } catch (error) {
    return { ok: false, ...read, error: toKnownError(error) };
  }
}

function readReason(body: unknown): string | null {
  const reason = body && typeof body === "object" ? (body as { reason?: unknown }).reason : undefined;
  return typeof reason === "string" ? reason.slice(0, 2000) : null;
}

/** The `Idempotency-Key` header every mutation must carry (one per opened dialog in the UI). */
function readIdempotencyKey(request: Request): string {
  const key = request.headers.get("idempotency-key");
  if (!key) {
    throw new ApiError("validation_failed", "The Idempotency-Key header is required.", {
      "Idempotency-Key": ["is required"],
    });
  }
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new ApiError("validation_failed", "The Idempotency-Key header is malformed.", {
      "Idempotency-Key": ["must be 8–200 letters, digits or - _ . :"],
    });
  }
  return key;
}

/**
 * The JSON body, bounded in size: reading stops as soon as it passes `maxBytes` (413), so a huge or
 * endless body is never buffered whole. Malformed JSON is a 422 that names the body.
 */
async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readRawBody(request, maxBytes));
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("validation_failed", "The request body is not valid JSON.", {
      body: ["must be valid JSON"],
    });
  }
}

/** A JSON request body, bounded in size (413) and parsed with a schema (422 with field messages). */
export async function readJsonInput<Input>(
  request: Request,
  inputSchema: z.ZodType<Input>,
  maxBytes: number,
): Promise<Input> {
  return parseOr422(inputSchema, await readJsonBody(request, maxBytes));
}

/** Parses with a schema or throws a 422 with field messages. */
export function parseOr422<T>(
  schema: z.ZodType<T>,
  value: unknown,
  message = "Some fields are not valid.",
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError("validation_failed", message, fieldErrorsOf(result.error));
  return result.data;
}
