// Whether a record read back after an unknown outcome shows the change, as its catalog entry
// describes it (catalog.ts, `readBack`). Pure: the server reads the record (server/read-back.ts).
import type { ReadBack, ReadBackCheck } from "./catalog";

type Fields = Readonly<Record<string, unknown>>;

const asFields = (value: unknown): Fields =>
  value !== null && typeof value === "object" ? (value as Fields) : {};

function purchaseItemIds(record: Fields): Set<unknown> {
  const items = Array.isArray(record.line_items) ? (record.line_items as unknown[]) : [];
  return new Set(items.map((item) => asFields(item).purchase_item_id));
}

function holds(check: ReadBackCheck, record: Fields, input: Fields): boolean {
  switch (check.kind) {
    case "status":
      return typeof record.status === "string" && check.in.includes(record.status);
    case "field-from-input": {
      const value = record[check.field];
      const sent = input[check.input];
      return typeof value === "string" && typeof sent === "string" && value.startsWith(sent);
    }
    case "items-from-input": {
      const named = Array.isArray(input[check.input]) ? (input[check.input] as unknown[]) : [];
      const present = purchaseItemIds(record);
      return named.every((id) => present.has(id) === (check.are === "present"));
    }
    case "fields-as-sent": {
      // Only what was sent: an update of the quantity alone says nothing about the interval.
      const sent = check.fields.filter((field) => input[field] !== undefined);
      return sent.length > 0 && sent.every((field) => record[field] === input[field]);
    }
    case "code-listed-from-input": {
      const sent = input[check.input];
      const listed = Array.isArray(record[check.field]) ? (record[check.field] as unknown[]) : [];
      return (
        typeof sent === "string" &&
        listed.some((entry) => {
          const code = asFields(entry).code;
          return typeof code === "string" && code.toUpperCase() === sent.toUpperCase();
        })
      );
    }
    case "list-empty": {
      const value = record[check.field];
      return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    }
  }
}

/** True when the record read back proves the action was applied; never for `none`. */
export function showsChange(readBack: ReadBack, record: unknown, input: unknown): boolean {
  if (readBack.kind === "none") return false;
  const fields = asFields(record);
  const sent = asFields(input);
  const results = readBack.checks.map((check) => holds(check, fields, sent));
  return readBack.kind === "all" ? results.every(Boolean) : results.some(Boolean);
}
