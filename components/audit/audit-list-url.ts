import { z } from "zod";
import { defineListUrlState } from "@/components/data-table/list-url-state";
import { auditActions, auditTargetTypes } from "./audit-format";

const day = z.iso.date();

/**
 * The audit log's URL: the API's own filter names, so the query string goes to `/api/audit` as is
 * (days widen to whole UTC days on the way: `toAuditApiQuery`). The log is always newest first.
 */
export const auditListUrl = defineListUrlState({
  filters: {
    operator: z.string().trim().min(1).max(320),
    action: z.enum(auditActions),
    target_type: z.enum(auditTargetTypes),
    target_id: z.string().regex(/^[\w-]{1,50}$/),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: [],
});
