import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { ApiError } from "./errors";
import { readRawBody } from "./read-raw-body";

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

/** The `Idempotency-Key` header every mutation must carry (one per opened dialog in the UI). */
export function readIdempotencyKey(request: Request): string {
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
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
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
