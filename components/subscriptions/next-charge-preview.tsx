"use client";

import { formatDate, formatMoney, MISSING_VALUE } from "@/components/data-table/format";
import { Button } from "@/components/ui/button";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { nextChargeFigures } from "./next-charge-figures";
import type { NextQueuedCharge } from "./use-next-queued-charge";

/**
 * What the change does to the next queued charge, before it is confirmed: this subscription's line
 * and the charge's items subtotal, before → after. Honest about the rest: Recharge recalculates
 * discounts, shipping and taxes (and, for a new interval, the date) when it saves the change.
 */
export function NextChargePreview({
  subscription,
  next,
  quantity,
  intervalChanged,
}: {
  subscription: Subscription;
  next: NextQueuedCharge;
  /** The new quantity when it changes and is valid; null otherwise. */
  quantity: number | null;
  intervalChanged: boolean;
}) {
  return (
    <section
      aria-labelledby="next-charge-preview-title"
      data-testid="next-charge-preview"
      className="bg-muted/40 space-y-2 rounded-md border p-3 text-sm"
    >
      <h3 id="next-charge-preview-title" className="font-medium">
        Next charge
      </h3>
      <NextChargeBody subscription={subscription} next={next} quantity={quantity} />
      {intervalChanged ? (
        <p data-testid="next-charge-date-note">
          The next charge date
          {subscription.next_charge_scheduled_at
            ? ` (now ${formatDate(subscription.next_charge_scheduled_at)})`
            : ""}{" "}
          will be recalculated by Recharge for the new interval: it moves. Upcoming skipped charges of this
          subscription are removed.
        </p>
      ) : null}
    </section>
  );
}

function NextChargeBody({
  subscription,
  next,
  quantity,
}: {
  subscription: Subscription;
  next: NextQueuedCharge;
  quantity: number | null;
}) {
  if (next.failed) {
    return (
      <div role="alert" className="space-y-2">
        <p>The next queued charge could not be read, so its new total cannot be shown.</p>
        <Button variant="secondary" size="sm" onClick={next.readAgain}>
          Read it again
        </Button>
      </div>
    );
  }
  if (!next.fresh) return <p role="status">Reading the next queued charge…</p>;
  if (!next.charge) {
    return (
      <p>
        No queued charge includes this subscription now: the next one Recharge creates uses what you set here.
      </p>
    );
  }
  const figures = nextChargeFigures(next.charge, subscription, quantity ?? subscription.quantity ?? 0);
  const money = (amount: string | null) =>
    amount === null ? MISSING_VALUE : formatMoney(amount, figures.currency);
  const changing = quantity !== null;
  return (
    <>
      <p>
        Charge #{figures.chargeId}, scheduled {formatDate(figures.scheduledAt)}
        {figures.otherLines > 0
          ? `, also holds ${figures.otherLines} other item${figures.otherLines > 1 ? "s" : ""} of this address (unchanged)`
          : ""}
        .
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 tabular-nums">
        <dt className="text-muted-foreground">This subscription</dt>
        <dd data-testid="next-charge-line">
          {figures.line
            ? changing
              ? `${figures.line.quantityBefore ?? MISSING_VALUE} × ${money(figures.line.unitPrice)} = ${money(figures.line.totalBefore)} → ${figures.line.quantityAfter} × ${money(figures.line.unitPrice)} = ${money(figures.line.totalAfter)}`
              : `${figures.line.quantityBefore ?? MISSING_VALUE} × ${money(figures.line.unitPrice)} = ${money(figures.line.totalBefore)}`
            : "not readable on this charge"}
        </dd>
        <dt className="text-muted-foreground">Items subtotal</dt>
        <dd data-testid="next-charge-subtotal">
          {changing
            ? `${money(figures.subtotalBefore)} → ${money(figures.subtotalAfter)}`
            : money(figures.subtotalBefore)}
        </dd>
      </dl>
      <p className="text-muted-foreground text-xs">
        The subtotal of the items, before discounts, shipping and taxes: Recharge recalculates those when it
        saves the change, and the queued charge then shows its new total.
      </p>
    </>
  );
}
