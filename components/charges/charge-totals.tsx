import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import { refundableAmount } from "@/lib/money/cents";
import type { Charge } from "@/lib/recharge/schemas/charge";

const refundable = new Set(["success", "partially_refunded"]);

/** Subtotal to total, then refunds so far and what is left to refund. */
export function ChargeTotals({ charge }: { charge: Charge }) {
  const money = (amount: string | null | undefined) => formatMoney(amount, charge.currency);
  const shipping = charge.shipping_lines
    .map((line) => (typeof line.price === "string" ? line.price : null))
    .filter((price): price is string => price !== null);
  const rows: Array<[string, string]> = [
    ["Items", money(charge.total_line_items_price)],
    ["Discounts", charge.total_discounts ? `−${money(charge.total_discounts)}` : MISSING_VALUE],
    ...shipping.map((price): [string, string] => ["Shipping", money(price)]),
    [charge.taxes_included ? "Tax (included)" : "Tax", money(charge.total_tax)],
  ];
  return (
    <dl className="space-y-2 text-sm">
      {rows.map(([label, value], index) => (
        <div key={`${label}-${index}`} className="flex justify-between gap-4">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
      <div className="flex justify-between gap-4 border-t pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd className="tabular-nums" data-testid="charge-total">
          {money(charge.total_price)}
        </dd>
      </div>
      <div className="flex justify-between gap-4">
        <dt className="text-muted-foreground">Refunded so far</dt>
        <dd className="tabular-nums" data-testid="charge-refunded">
          {money(charge.total_refunds)}
        </dd>
      </div>
      {refundable.has(charge.status) ? (
        <div className="flex justify-between gap-4">
          <dt className="text-muted-foreground">Still refundable</dt>
          <dd className="font-medium tabular-nums" data-testid="charge-refundable">
            {money(refundableAmount(charge.total_price, charge.total_refunds))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
