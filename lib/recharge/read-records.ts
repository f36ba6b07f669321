import "server-only";
import type { z } from "zod";

/** A record of a list page that could not be read: where it was, and why (never its content). */
export interface UnreadableRecord {
  /** Position on the page, 0-based. */
  index: number;
  /** The record's `id` when it has a numeric one. */
  id: number | null;
  /** zod's issues as `path: message`, at most five. */
  issues: string[];
}

const MAX_ISSUES = 5;

/**
 * Parses each record of a page alone (recharge-api.md: "one odd record never blanks a page"). A
 * record that is not an object, has no integer id, or fails a field the dashboard cannot do without
 * is left out; the others keep their order.
 */
export function readRecords<Item>(
  records: readonly unknown[],
  schema: z.ZodType<Item>,
): { items: Item[]; unreadable: UnreadableRecord[] } {
  const items: Item[] = [];
  const unreadable: UnreadableRecord[] = [];
  records.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    unreadable.push({
      index,
      id: recordId(record),
      issues: parsed.error.issues
        .slice(0, MAX_ISSUES)
        .map((issue) => `${issue.path.map(String).join(".") || "(record)"}: ${issue.message}`),
    });
  });
  return { items, unreadable };
}

function recordId(record: unknown): number | null {
  if (typeof record !== "object" || record === null || !("id" in record)) return null;
  return typeof record.id === "number" && Number.isFinite(record.id) ? record.id : null;
}

/**
 * One server log line per record left out: enough to find it upstream (resource, id, request id)
 * and to see what was odd (zod's issue paths and messages). Never the record, the body or the
 * token: zod's messages name expectations, not values.
 */
export function reportUnreadableRecord(
  record: UnreadableRecord & { resource: string; path: string; requestId: string | null },
): void {
  console.warn(
    `Recharge GET ${record.path}: left out an unreadable ${record.resource} record ` +
      `(id ${record.id ?? "none"}, position ${record.index}, request id ${record.requestId ?? "none"}): ` +
      record.issues.join("; "),
  );
}
