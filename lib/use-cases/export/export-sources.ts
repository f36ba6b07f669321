import "server-only";
import { readListQuery } from "@/lib/api/list-query";
import { resourceLists } from "@/lib/api/resource-lists";
import type { Permission } from "@/lib/auth/permissions";
import { readAuditPage } from "@/lib/use-cases/audit-page";
import { readBatchTaskPage } from "@/lib/use-cases/batch-task-page";
import type { ExportResource } from "@/lib/schemas/export-events";
import { cellsOf, headerOf, type ExportColumn } from "./export-cells";
import {
  auditColumns,
  batchTaskColumns,
  chargeColumns,
  customerColumns,
  discountColumns,
  subscriptionColumns,
} from "./resource-columns";

/** One page of an export, already as CSV cells. */
export interface ExportPage {
  rows: string[][];
  nextCursor: string | null;
}

/**
 * Where an export's rows come from: the very reads behind the list it exports, so the file holds
 * exactly what the list shows, in its order. `search` is the list's own query string (filters and
 * sort) on the first page and `cursor=…` after, each with `limit`. Recharge reads go in the bulk lane.
 */
export interface ExportSource {
  header: string[];
  /** What reading the list itself needs besides `records:export` (the audit log is for admins). */
  readPermission: Permission;
  readPage: (search: string, signal: AbortSignal) => Promise<ExportPage>;
}

// The list readers take a URL, as the route handlers do (the server prefetch does the same).
const asUrl = (search: string) => `http://export/?${search}`;

function source<Row>(
  columns: readonly ExportColumn<Row>[],
  readPermission: Permission,
  read: (search: string, signal: AbortSignal) => Promise<{ rows: Row[]; nextCursor: string | null }>,
): ExportSource {
  return {
    header: headerOf(columns),
    readPermission,
    readPage: async (search, signal) => {
      const page = await read(search, signal);
      return { rows: page.rows.map((row) => cellsOf(columns, row)), nextCursor: page.nextCursor };
    },
  };
}

function rechargeList<Row>(
  list: (
    query: unknown,
    signal: AbortSignal,
    lane: "bulk",
  ) => Promise<{ items: Row[]; nextCursor: string | null }>,
  columns: readonly ExportColumn<Row>[],
): ExportSource {
  return source(columns, "records:read", async (search, signal) => {
    const page = await list(readListQuery(asUrl(search)), signal, "bulk");
    return { rows: page.items, nextCursor: page.nextCursor };
  });
}

/** The source of one export; `batchId` names the batch whose tasks `batch_tasks` exports. */
export function exportSource(resource: ExportResource, batchId: number): ExportSource {
  switch (resource) {
    case "customers":
      return rechargeList(resourceLists.customers, customerColumns);
    case "subscriptions":
      return rechargeList(resourceLists.subscriptions, subscriptionColumns);
    case "charges":
      return rechargeList(resourceLists.charges, chargeColumns);
    case "discounts":
      return rechargeList(resourceLists.discounts, discountColumns);
    case "batch_tasks":
      return source(batchTaskColumns, "records:read", async (search, signal) => {
        const page = await readBatchTaskPage(batchId, readListQuery(asUrl(search)), signal, "bulk");
        return { rows: page.items, nextCursor: page.nextCursor };
      });
    case "audit":
      return source(auditColumns, "audit:read", async (search) => {
        const page = await readAuditPage(asUrl(search));
        return { rows: page.data, nextCursor: page.nextCursor };
      });
  }
}
