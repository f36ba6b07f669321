import "server-only";
import type { FieldErrors } from "../recharge-error";

export interface NormalizedErrorBody {
  /** A human summary, or null when the body said nothing usable. */
  message: string | null;
  /** Field errors keyed by dotted path (`billing_address.zip`, `line_items.0.quantity`). */
  fieldErrors: FieldErrors;
}

// Bodies are upstream-controlled: bound the work so a hostile or broken answer stays cheap.
const MAX_DEPTH = 8;
const MAX_FIELDS = 100;
const MAX_TEXT = 300;

const SCHEMA_KEY = "_schema";

/**
 * Reads every error body shape Recharge is known to send (recharge-api.md §3): `{"errors": "…"}`,
 * `{"error": "…"}`, field maps with arrays or strings, nested maps (flattened to dotted paths) and
 * whole-body `_schema` errors (which become the message, not a field). Never throws, whatever the input.
 */
export function normalizeErrorBody(body: unknown): NormalizedErrorBody {
  const fields = new Map<string, string[]>();
  const general: string[] = [];

  if (typeof body === "string") {
    general.push(...plainText(body));
  } else if (isRecord(body)) {
    for (const key of ["errors", "error"] as const) {
      const value = body[key];
      if (typeof value === "string" || Array.isArray(value)) general.push(...messagesOf(value));
      else if (isRecord(value)) collect(value, "", fields, general, 0);
    }
    if (general.length === 0 && fields.size === 0 && typeof body.message === "string") {
      general.push(body.message);
    }
  }

  const fieldErrors = Object.fromEntries(fields);
  return { message: summarize(general, fieldErrors), fieldErrors };
}

function collect(
  map: Record<string, unknown>,
  prefix: string,
  fields: Map<string, string[]>,
  general: string[],
  depth: number,
) {
  for (const [key, value] of Object.entries(map)) {
    if (fields.size >= MAX_FIELDS) return;
    // `_schema` under a nested map belongs to that map's path; at the top it is about the whole body.
    const path = key === SCHEMA_KEY ? prefix : prefix ? `${prefix}.${key}` : key;
    if (isRecord(value) && depth < MAX_DEPTH) {
      collect(value, path, fields, general, depth + 1);
    } else if (Array.isArray(value) && value.some(isRecord) && depth < MAX_DEPTH) {
      value.forEach((item, index) => {
        if (isRecord(item)) collect(item, `${path}.${index}`, fields, general, depth + 1);
        else add(path, messagesOf(item), fields, general);
      });
    } else {
      add(path, messagesOf(value), fields, general);
    }
  }
}

function add(path: string, messages: string[], fields: Map<string, string[]>, general: string[]) {
  if (messages.length === 0) return;
  if (path === "") general.push(...messages);
  else fields.set(path, [...(fields.get(path) ?? []), ...messages]);
}

function messagesOf(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [truncate(value)] : [];
  if (typeof value === "number" || typeof value === "boolean") return [String(value)];
  if (Array.isArray(value))
    return value.flatMap((item) => (isRecord(item) || Array.isArray(item) ? [] : messagesOf(item)));
  return [];
}

/** Non-JSON bodies (a proxy's HTML page, a bare string) only count when short and not markup. */
function plainText(text: string): string[] {
  const trimmed = text.trim();
  return trimmed && !trimmed.startsWith("<") ? [truncate(trimmed)] : [];
}

function summarize(general: string[], fieldErrors: FieldErrors): string | null {
  if (general.length > 0) return truncate(general.join("; "));
  const parts = Object.entries(fieldErrors).map(([field, messages]) => `${field}: ${messages.join(", ")}`);
  return parts.length > 0 ? truncate(parts.join("; ")) : null;
}

function truncate(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
