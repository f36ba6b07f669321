import { formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import type { Charge } from "@/lib/recharge/schemas/charge";

/** The charge's items: what the customer gets and pays for. */
export function ChargeLineItems({ charge }: { charge: Charge }) {
  return (
    <Table>
      <TableCaption className="sr-only">Items in charge #{charge.id}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Product</TableHead>
          <TableHead>Type</TableHead>
          <TableHead className="text-right">Quantity</TableHead>
          <TableHead className="text-right">Unit price</TableHead>
          <TableHead className="text-right">Total</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {charge.line_items.map((item) => (
          <TableRow key={item.purchase_item_id}>
            <TableCell>
              <div className="font-medium">{item.title ?? MISSING_VALUE}</div>
              <div className="text-muted-foreground text-xs">
                {[item.variant_title, item.sku && `SKU ${item.sku}`].filter(Boolean).join(" · ") || "—"}
              </div>
            </TableCell>
            <TableCell>{item.purchase_item_type ?? MISSING_VALUE}</TableCell>
            <TableCell className="text-right tabular-nums">{item.quantity ?? MISSING_VALUE}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(item.unit_price, charge.currency)}
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(item.total_price, charge.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
