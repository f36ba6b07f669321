"use client";

import { DataTableDateRangeFilter } from "@/components/data-table/data-table-date-range-filter";
import { DataTableSelectFilter } from "@/components/data-table/data-table-select-filter";
import { DataTableTextFilter } from "@/components/data-table/data-table-text-filter";
import type { ListUrlStateApi } from "@/components/data-table/use-list-url-state";
import { auditActionLabel, auditActions, auditTargetTypeLabel, auditTargetTypes } from "./audit-format";
import type { auditListUrl } from "./audit-list-url";

const actionOptions = auditActions.map((action) => ({ value: action, label: auditActionLabel(action) }));
const targetTypeOptions = auditTargetTypes.map((type) => ({
  value: type,
  label: auditTargetTypeLabel(type),
}));

type AuditListState = ListUrlStateApi<(typeof auditListUrl)["filters"]>;

/** The audit log's filters, each labelled and written straight to the URL (paging restarts). */
export function AuditFilters({ list }: { list: AuditListState }) {
  const filters = list.state.filters;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <DataTableTextFilter
        label="Operator email"
        type="search"
        value={filters.operator}
        onChange={(operator) => list.setFilters({ operator })}
        placeholder="e.g. agent@example.com"
      />
      <DataTableSelectFilter
        label="Action"
        value={filters.action}
        options={actionOptions}
        onChange={(action) => list.setFilters({ action })}
      />
      <DataTableSelectFilter
        label="Target type"
        value={filters.target_type}
        options={targetTypeOptions}
        onChange={(target_type) => list.setFilters({ target_type })}
      />
      <DataTableTextFilter
        label="Target id"
        value={filters.target_id}
        onChange={(target_id) => list.setFilters({ target_id })}
        placeholder="e.g. 93414978"
        className="w-36"
      />
      <DataTableDateRangeFilter
        legend="Created (UTC)"
        value={{ from: filters.created_at_min, to: filters.created_at_max }}
        onChange={({ from, to }) => list.setFilters({ created_at_min: from, created_at_max: to })}
      />
    </div>
  );
}
