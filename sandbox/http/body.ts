// Request bodies: read with a size cap, then JSON-checked the way Recharge does (415 when the body is
// not declared JSON, 400 when it does not parse). An empty body counts as `{}`.
import type { IncomingMessage } from "node:http";
import type { ApiResult } from "../domain/result";

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** The raw body, or null when it is larger than the cap. */
export async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; result: ApiResult };

export function parseJsonBody(raw: string, contentType: string | undefined): JsonBody {
  if (raw.trim() === "") return { ok: true, value: {} };
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "application/json" && !type.endsWith("+json")) {
    return {
      ok: false,
      result: { status: 415, body: { errors: "Unsupported Media Type: send the body as application/json" } },
    };
  }
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "invalid JSON";
    return { ok: false, result: { status: 400, body: { errors: `Malformed JSON body: ${detail}` } } };
  }
}
