"use client";

import { formatMoney } from "@/components/data-table/format";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { lineItemName } from "./charge-format";

/** Checkboxes for a charge's items, all chosen by default; the skip and unskip dialogs share it. */
export function LineItemPicker({
  charge,
  selected,
  onChange,
  error,
}: {
  charge: Charge;
  selected: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const toggle = (id: number, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((itemId) => itemId !== id));
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "line-item-error" : undefined}>
      <legend className="text-sm font-medium">Items</legend>
      {charge.line_items.map((item) => (
        <label key={item.purchase_item_id} className="flex items-start gap-3 rounded-md border p-3 text-sm">
          <input
            type="checkbox"
            className="mt-0.5 size-4"
            checked={selected.includes(item.purchase_item_id)}
            onChange={(event) => toggle(item.purchase_item_id, event.target.checked)}
          />
          <span className="min-w-0 flex-1">
            <span className="block font-medium">{lineItemName(item)}</span>
            <span className="text-muted-foreground block">{item.variant_title ?? "—"}</span>
          </span>
          <span className="tabular-nums">{formatMoney(item.total_price, charge.currency)}</span>
        </label>
      ))}
      {error ? (
        <p id="line-item-error" className="text-destructive text-sm">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
