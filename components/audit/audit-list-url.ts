import { defineListUrlState } from "@/lib/list-url/list-url-state";
import { isoDay, matching, oneOf, text } from "@/lib/list-url/url-values";
import { auditActions, auditTargetTypes } from "./audit-format";

const day = isoDay();

/**
 * The audit log's URL: the API's own filter names, so the query string goes to `/api/audit` as is
 * (days widen to whole UTC days on the way: `toAuditApiQuery`). The log is always newest first.
 */
export const auditListUrl = defineListUrlState({
  filters: {
    operator: text({ max: 320 }),
    action: oneOf(auditActions),
    target_type: oneOf(auditTargetTypes),
    target_id: matching(/[\w-]{1,50}/),
    created_at_min: day,
    created_at_max: day,
  },
  sortFields: [],
});
