import type { ReactNode } from "react";
import type { FilterSchemas, FilterValues, ListUrlDefinition } from "@/lib/list-url/list-url-state";
import type { SelectFilterOption } from "./data-table-select-filter";

type Key<F extends FilterSchemas> = keyof F & string;
type Value<F extends FilterSchemas, K extends Key<F>> = NonNullable<FilterValues<F>[K]>;

export type SetFilters<F extends FilterSchemas> = (filters: Partial<FilterValues<F>>) => void;

/** One control of a list's toolbar, bound to the URL filter(s) it sets. */
export type ListFilterField<F extends FilterSchemas> =
  /** One exact numeric id; anything else is flagged under the box and never applied. */
  | { kind: "id"; key: Key<F>; label: string; hint: string }
  | { kind: "text"; key: Key<F>; label: string; placeholder?: string; className?: string }
  | {
      // One member per filter, so the options must be values of that filter.
      [K in Key<F>]: {
        kind: "select";
        key: K;
        label: string;
        options: ReadonlyArray<SelectFilterOption<Value<F, K>>>;
      };
    }[Key<F>]
  /** Recharge's `<field>_min` / `<field>_max` pair, as calendar days. */
  | { kind: "date-range"; legend: string; from: Key<F>; to: Key<F> }
  /** A control of the resource's own (e.g. one box for two filters); `id` keys it in the toolbar. */
  | {
      kind: "custom";
      id: string;
      render: (filters: FilterValues<F>, setFilters: SetFilters<F>) => ReactNode;
    };

export interface ListToolbarConfig<F extends FilterSchemas> {
  fields: ReadonlyArray<ListFilterField<F>>;
  /** Overrides the row's layout (by default it leaves room for id hints when there are any). */
  className?: string;
}

/**
 * A list's toolbar, declared beside its URL state: the definition only ties the fields' keys and
 * option values to that list's filters (a typo or a foreign status fails the typecheck).
 */
export function defineListToolbar<F extends FilterSchemas>(
  _definition: ListUrlDefinition<F>,
  config: ListToolbarConfig<F>,
): ListToolbarConfig<F> {
  return config;
}
