import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { AuditOutcome, AuditRecord } from "@/lib/db/audit-log";
import { fetchJson } from "./fetch-json";
import type { ListPage } from "./list-page";

export type { AuditOutcome, AuditRecord };

/** How many records a detail page's History shows. */
export const RECORD_HISTORY_LIMIT = 10;

/**
 * The `/api/audit` query string for a list's URL query string. The URL holds calendar days (what the
 * date inputs give); the API compares instants, so a range covers its whole first and last day in UTC.
 * Everything else, and every cursor page, goes through unchanged.
 */
export function toAuditApiQuery(queryString: string): string {
  const params = new URLSearchParams(queryString);
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const min = params.get("created_at_min");
  const max = params.get("created_at_max");
  if (min && day.test(min)) params.set("created_at_min", `${min}T00:00:00.000Z`);
  if (max && day.test(max)) params.set("created_at_max", `${max}T23:59:59.999Z`);
  return params.toString();
}

/** The History query of one record: its newest records, whatever their outcome. */
export function recordHistoryQuery(targetType: string, targetId: string): string {
  return new URLSearchParams({
    limit: String(RECORD_HISTORY_LIMIT),
    target_id: targetId,
    target_type: targetType,
  }).toString();
}

/**
 * The audit log (`GET /api/audit`, admins only). Everything lives under `["audit"]`, so a mutation
 * that invalidates `keys.all` refreshes the log page and every record's History at once.
 */
export const auditQueries = {
  keys: {
    all: ["audit"] as const,
    lists: () => ["audit", "list"] as const,
    list: (queryString: string) => ["audit", "list", queryString] as const,
    history: (targetType: string, targetId: string) => ["audit", "history", targetType, targetId] as const,
  },
  list: (queryString: string) =>
    queryOptions({
      queryKey: ["audit", "list", queryString] as const, // = keys.list(queryString), spelled out for the linter
      queryFn: ({ signal }) =>
        fetchJson<ListPage<AuditRecord>>(`/api/audit?${toAuditApiQuery(queryString)}`, { signal }),
      placeholderData: keepPreviousData,
    }),
  // No placeholder: moving to another record must never show the previous record's history.
  history: (targetType: string, targetId: string) =>
    queryOptions({
      queryKey: ["audit", "history", targetType, targetId] as const, // = keys.history(…)
      queryFn: ({ signal }) =>
        fetchJson<ListPage<AuditRecord>>(`/api/audit?${recordHistoryQuery(targetType, targetId)}`, {
          signal,
        }).then((page) => page.data),
    }),
};
