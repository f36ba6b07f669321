import { defineListToolbar } from "@/components/data-table/list-toolbar-config";
import { auditActionLabel, auditActions, auditTargetTypeLabel, auditTargetTypes } from "./audit-format";
import { auditListUrl } from "./audit-list-url";

/** The audit log's filters, each written straight to the URL (paging restarts). */
export const auditListToolbar = defineListToolbar(auditListUrl, {
  fields: [
    { kind: "text", key: "operator", label: "Operator email", placeholder: "e.g. agent@example.com" },
    {
      kind: "select",
      key: "action",
      label: "Action",
      options: auditActions.map((action) => ({ value: action, label: auditActionLabel(action) })),
    },
    {
      kind: "select",
      key: "target_type",
      label: "Target type",
      options: auditTargetTypes.map((type) => ({ value: type, label: auditTargetTypeLabel(type) })),
    },
    { kind: "text", key: "target_id", label: "Target id", placeholder: "e.g. 93414978", className: "w-36" },
    { kind: "date-range", legend: "Created (UTC)", from: "created_at_min", to: "created_at_max" },
  ],
});
