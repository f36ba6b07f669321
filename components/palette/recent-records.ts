// The records this operator looked at lately, newest first, kept in this browser: the palette lists
// them under "Recent" and lets them decide which reading of a typed id comes first. A visit is a
// record page shown (the sidebar's launcher watches the path), however the operator got there.
import type { QuickFindKind } from "@/components/overview/quick-find-target";

export interface RecentRecord {
  kind: QuickFindKind;
  /** Digits, as in the record's URL. */
  id: string;
}

/** Enough to find today's records again, few enough to scan at a glance. */
export const RECENT_LIMIT = 8;

// A record's own page; not its edit page, not a list.
const RECORD_PATH = /^\/(customer|charge|subscription|discount)s\/(\d{1,15})$/;

const nouns: Record<QuickFindKind, string> = {
  customer: "Customer",
  charge: "Charge",
  subscription: "Subscription",
  discount: "Discount",
};

/** The record a page path shows (`/charges/42` → charge 42), or null for any other page. */
export function recordAtPath(pathname: string): RecentRecord | null {
  const match = RECORD_PATH.exec(pathname);
  return match ? { kind: match[1] as QuickFindKind, id: match[2]! } : null;
}

export function recentHref(record: RecentRecord): string {
  return `/${record.kind}s/${record.id}`;
}

/** "Charge #708164169" */
export function recentLabel(record: RecentRecord): string {
  return `${nouns[record.kind]} #${record.id}`;
}

/** The list after a visit: the record first, once, and the oldest dropped past the limit. */
export function withVisit(list: readonly RecentRecord[], record: RecentRecord): RecentRecord[] {
  return [record, ...withoutRecord(list, record)].slice(0, RECENT_LIMIT);
}

/**
 * Reads what was stored, keeping the entries that still make sense and dropping the rest (another
 * version's shape, a hand edit). Checked by hand rather than with zod: a visit is stored with the
 * first paint of every record page, where zod must not arrive (e2e/first-load-js.spec.ts).
 */
export function parseRecentRecords(raw: string | null): RecentRecord[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecentRecord)
    .map(({ kind, id }) => ({ kind, id }))
    .slice(0, RECENT_LIMIT);
}

function isRecentRecord(value: unknown): value is RecentRecord {
  if (typeof value !== "object" || value === null) return false;
  const { kind, id } = value as Record<string, unknown>;
  // The same rule as a visited path: one definition of what a record reference is.
  return typeof kind === "string" && typeof id === "string" && recordAtPath(`/${kind}s/${id}`) !== null;
}

// Per operator: people who share a browser do not see each other's records.
const storageKey = (operatorId: string) => `recharge-ops:recent-records:${operatorId}`;

export function loadRecentRecords(operatorId: string): RecentRecord[] {
  try {
    return parseRecentRecords(localStorage.getItem(storageKey(operatorId)));
  } catch {
    return []; // storage blocked (a privacy setting): the palette works without recents
  }
}

/** The list without a record (one Recharge says it does not have). */
export function withoutRecord(list: readonly RecentRecord[], record: RecentRecord): RecentRecord[] {
  return list.filter((each) => each.kind !== record.kind || each.id !== record.id);
}

function storeRecentRecords(operatorId: string, list: RecentRecord[]): void {
  try {
    localStorage.setItem(storageKey(operatorId), JSON.stringify(list));
  } catch {
    // Storage full or blocked: a visit not remembered (or not forgotten) is harmless.
  }
}

/** Remembers the record a page path shows; any other path is ignored. */
export function rememberVisit(operatorId: string, pathname: string): void {
  const record = recordAtPath(pathname);
  if (record) storeRecentRecords(operatorId, withVisit(loadRecentRecords(operatorId), record));
}

/** Forgets the record a page path shows: its page said Recharge has no such record. */
export function forgetRecordAt(operatorId: string, pathname: string): void {
  const record = recordAtPath(pathname);
  if (record) storeRecentRecords(operatorId, withoutRecord(loadRecentRecords(operatorId), record));
}
