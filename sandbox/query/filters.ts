// Filter definitions for list endpoints. Each reads one query parameter, validates it, and compiles
// to a row test plus, when an index can answer it, the candidate rows.
import { parseDate, parseTimestampInput } from "../domain/dates";
import type { IndexValue, Table } from "../store/table";

export type Row = { id: number };

export interface CompiledFilter<T extends Row> {
  test: (row: T) => boolean;
  /** Rows that may match, from an index: set when the filter can narrow the scan. */
  candidates?: () => T[];
  /** Size of `candidates` (computed without building it) to pick the most selective index. */
  candidateCount?: number;
  /** The table partitions (by `name`) that hold every match: paging walks only those. */
  partition?: { name: string; values: readonly string[] };
}

export interface FilterSpec<T extends Row> {
  param: string;
  /** A compiled filter, or an error message for the `errors` map. */
  compile(raw: string, table: Table<T>): CompiledFilter<T> | string;
}

const INTEGER = /^\d{1,15}$/;

function splitList(raw: string): string[] {
  return raw
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/** `ids=1,2,3`: answered from the id map. */
export function idsFilter<T extends Row>(): FilterSpec<T> {
  return {
    param: "ids",
    compile(raw, table) {
      const parts = splitList(raw);
      if (parts.length === 0 || !parts.every((part) => INTEGER.test(part)))
        return "must be a comma-separated list of ids";
      const ids = new Set(parts.map(Number));
      return {
        test: (row) => ids.has(row.id),
        candidates: () => [...ids].flatMap((id) => table.get(id) ?? []),
        candidateCount: ids.size,
      };
    },
  };
}

/** An integer equality (`customer_id=…`), answered from `index` when given. */
export function integerFilter<T extends Row>(
  param: string,
  value: (row: T) => number | readonly number[],
  index?: string,
): FilterSpec<T> {
  return {
    param,
    compile(raw, table) {
      if (!INTEGER.test(raw.trim())) return "must be an integer";
      const wanted = Number(raw.trim());
      const test = (row: T) => {
        const actual = value(row);
        return typeof actual === "number" ? actual === wanted : actual.includes(wanted);
      };
      return withIndex(table, index, wanted, test);
    },
  };
}

/** A text equality, case-insensitive when `caseless` (emails, discount codes). */
export function textFilter<T extends Row>(
  param: string,
  value: (row: T) => string | null | readonly string[],
  options: { caseless?: boolean; index?: string } = {},
): FilterSpec<T> {
  const norm = (text: string) => (options.caseless ? text.toLowerCase() : text);
  return {
    param,
    compile(raw, table) {
      const wanted = norm(raw.trim());
      const test = (row: T) => {
        const actual = value(row);
        if (actual === null) return false;
        return typeof actual === "string"
          ? norm(actual) === wanted
          : actual.some((item) => norm(item) === wanted);
      };
      return withIndex(table, options.index, wanted, test);
    },
  };
}

/**
 * One value or a comma-separated list of an enum (`status=queued,error`); the query is
 * case-insensitive, stored values are lower-case already. When the table is partitioned on this
 * field, paging walks only the wanted partitions.
 */
export function enumFilter<T extends Row>(
  param: string,
  allowed: readonly string[],
  value: (row: T) => string,
  partition?: string,
): FilterSpec<T> {
  return {
    param,
    compile(raw) {
      const parts = [...new Set(splitList(raw.toLowerCase()))];
      if (parts.length === 0 || parts.some((part) => !allowed.includes(part)))
        return `must be one of: ${allowed.join(", ")}`;
      const wanted = new Set(parts);
      const test = (row: T) => wanted.has(value(row));
      return partition ? { test, partition: { name: partition, values: parts } } : { test };
    },
  };
}

/** `<field>_min` / `<field>_max` over a timestamp: inclusive; a bare date as max means end of day. */
export function timeRangeFilter<T extends Row>(
  param: string,
  bound: "min" | "max",
  value: (row: T) => string | null,
): FilterSpec<T> {
  return {
    param,
    compile(raw) {
      const limit = parseTimestampInput(raw.trim(), bound);
      if (limit === null) return "must be a date (YYYY-MM-DD) or an ISO-8601 timestamp";
      return {
        test: (row) => {
          const actual = value(row);
          return actual !== null && (bound === "min" ? actual >= limit : actual <= limit);
        },
      };
    },
  };
}

/** A date field (`scheduled_at`): equality or an inclusive bound; timestamps are cut to their date. */
export function dateFilter<T extends Row>(
  param: string,
  mode: "eq" | "min" | "max",
  value: (row: T) => string,
): FilterSpec<T> {
  return {
    param,
    compile(raw) {
      const text = raw.trim();
      const date = parseDate(text) !== null ? text : parseTimestampInput(text, "min")?.slice(0, 10);
      if (!date) return "must be a date (YYYY-MM-DD)";
      const test =
        mode === "eq"
          ? (row: T) => value(row) === date
          : mode === "min"
            ? (row: T) => value(row) >= date
            : (row: T) => value(row) <= date;
      return { test };
    },
  };
}

function withIndex<T extends Row>(
  table: Table<T>,
  index: string | undefined,
  value: IndexValue,
  test: (row: T) => boolean,
): CompiledFilter<T> {
  if (!index) return { test };
  return { test, candidates: () => table.lookup(index, value), candidateCount: table.count(index, value) };
}
