"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDate, formatMoney } from "@/components/data-table/format";
import { productName } from "@/components/subscriptions/subscription-format";
import { getErrorMessage } from "@/lib/queries/api-error";
import { chargeQueries } from "@/lib/queries/charges";
import type { ListPage } from "@/lib/queries/list-page";
import { subscriptionQueries } from "@/lib/queries/subscriptions";

/** How many of each are named; the rest are counted. */
const NAMED = 5;
/** Recharge's largest page: an address with more is told as "250 or more". */
const PAGE = "250";

const plural = (count: string, one: string, many: string) => `${count} ${count === "1" ? one : many}`;
const countOf = (page: ListPage<unknown>) =>
  page.nextCursor ? `${page.data.length} or more` : String(page.data.length);

/**
 * What ships to an address — its active subscriptions and queued charges — which its changes reach:
 * Recharge regenerates the queued charges at once. Read by `address_id` rather than from the
 * customer's page, whose tables hold one page of the customer's records, filtered as its URL says.
 */
export function AddressShipments({ addressId }: { addressId: number }) {
  const subscriptions = useQuery(
    subscriptionQueries.list(
      new URLSearchParams({ address_id: String(addressId), status: "active", limit: PAGE }).toString(),
    ),
  );
  const charges = useQuery(
    chargeQueries.list(
      new URLSearchParams({
        address_id: String(addressId),
        status: "queued",
        sort_by: "scheduled_at-asc",
        limit: PAGE,
      }).toString(),
    ),
  );
  const failed = subscriptions.error ?? charges.error;
  if (failed)
    return (
      <p className="text-muted-foreground text-sm" data-testid="address-shipments">
        What ships to this address could not be read: {getErrorMessage(failed)}
      </p>
    );
  if (!subscriptions.data || !charges.data)
    return (
      <p role="status" className="text-muted-foreground text-sm" data-testid="address-shipments">
        Reading what ships to this address…
      </p>
    );

  const subscriptionRows = subscriptions.data.data;
  const chargeRows = charges.data.data;
  const named = [
    ...subscriptionRows.slice(0, NAMED).map((subscription) => ({
      key: `s${subscription.id}`,
      text: `Subscription #${subscription.id} · ${productName(subscription)}`,
    })),
    ...chargeRows.slice(0, NAMED).map((charge) => ({
      key: `c${charge.id}`,
      text: `Charge #${charge.id} · ${formatDate(charge.scheduled_at)} · ${formatMoney(charge.total_price, charge.currency)}`,
    })),
  ];
  const unnamed = Math.max(0, subscriptionRows.length - NAMED) + Math.max(0, chargeRows.length - NAMED);
  return (
    <div className="space-y-1 text-sm" data-testid="address-shipments">
      <p>
        {plural(countOf(subscriptions.data), "subscription", "subscriptions")} and{" "}
        {plural(countOf(charges.data), "queued charge", "queued charges")} ship here.
      </p>
      {named.length > 0 ? (
        <ul className="text-muted-foreground list-disc space-y-0.5 pl-5">
          {named.map((item) => (
            <li key={item.key}>{item.text}</li>
          ))}
          {unnamed > 0 ? <li>and {unnamed} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
