"use client";

import type { FilterSchemas, FilterValues } from "@/lib/list-url/list-url-state";
import { DataTableDateRangeFilter } from "./data-table-date-range-filter";
import { DataTableIdFilter } from "./data-table-id-filter";
import { DataTableSelectFilter, type SelectFilterOption } from "./data-table-select-filter";
import { DataTableTextFilter } from "./data-table-text-filter";
import type { ListFilterField, ListToolbarConfig, SetFilters } from "./list-toolbar-config";

// pb-5 / gap-y-7 leave room for the id boxes' hints, which hang below their inputs.
const WITH_HANGING_HINTS = "flex flex-wrap items-end gap-x-3 gap-y-7 pb-5";
const PLAIN = "flex flex-wrap items-end gap-3";

export interface ListToolbarProps<F extends FilterSchemas> {
  config: ListToolbarConfig<F>;
  /** The applied filters (from the URL). */
  filters: FilterValues<F>;
  /** Sets some filters; the list restarts at its first page. */
  onChange: SetFilters<F>;
}

/** A list's filters, each labelled and written straight to the list's state, from its config. */
export function ListToolbar<F extends FilterSchemas>({ config, filters, onChange }: ListToolbarProps<F>) {
  const layout =
    config.className ?? (config.fields.some((field) => field.kind === "id") ? WITH_HANGING_HINTS : PLAIN);
  return (
    <div className={layout}>
      {config.fields.map((field) => (
        <ListFilterControl key={fieldKey(field)} field={field} filters={filters} onChange={onChange} />
      ))}
    </div>
  );
}

function fieldKey<F extends FilterSchemas>(field: ListFilterField<F>): string {
  switch (field.kind) {
    case "date-range":
      return field.from;
    case "custom":
      return field.id;
    default:
      return field.key;
  }
}

function ListFilterControl<F extends FilterSchemas>({
  field,
  filters,
  onChange,
}: {
  field: ListFilterField<F>;
  filters: FilterValues<F>;
  onChange: SetFilters<F>;
}) {
  // Every filter value is a string (a URL value) or null; the config's types tie keys to this list.
  const read = (key: keyof F & string) => (filters[key] ?? null) as string | null;
  const set = (values: Record<string, string | null>) => onChange(values as Partial<FilterValues<F>>);

  switch (field.kind) {
    case "id":
      return (
        <DataTableIdFilter
          label={field.label}
          hint={field.hint}
          value={read(field.key)}
          onChange={(value) => set({ [field.key]: value })}
        />
      );
    case "text":
      return (
        <DataTableTextFilter
          label={field.label}
          value={read(field.key)}
          onChange={(value) => set({ [field.key]: value })}
          placeholder={field.placeholder}
          className={field.className}
        />
      );
    case "select":
      return (
        <DataTableSelectFilter
          label={field.label}
          value={read(field.key)}
          options={field.options as ReadonlyArray<SelectFilterOption<string>>}
          onChange={(value) => set({ [field.key]: value })}
        />
      );
    case "date-range":
      return (
        <DataTableDateRangeFilter
          legend={field.legend}
          value={{ from: read(field.from), to: read(field.to) }}
          onChange={({ from, to }) => set({ [field.from]: from, [field.to]: to })}
        />
      );
    case "custom":
      return field.render(filters, onChange);
  }
}
