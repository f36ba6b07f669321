// How the browser side reads and refreshes each target's records around an action: its detail query
// (re-read when a dialog opens and on live events), what an applied action invalidates, and the
// events of other records that report a change of it. Loaded with the dialogs, not with the page.
import type { UseQueryOptions } from "@tanstack/react-query";
import type { TargetWithActions } from "@/lib/actions/catalog";
import type { TargetRecords } from "@/lib/actions/target-records";
import { addressQueries } from "@/lib/queries/addresses";
import { auditQueries } from "@/lib/queries/audit";
import { chargeQueries } from "@/lib/queries/charges";
import { discountQueries } from "@/lib/queries/discounts";
import type { RelatedEvents } from "@/lib/queries/live-event-bus";
import { subscriptionQueries } from "@/lib/queries/subscriptions";

/** A record's detail key, as lib/queries/resource-queries.ts makes it. */
type DetailKey = readonly [string, "detail", string];

export interface RecordBinding<R> {
  detailQuery: (id: number) => UseQueryOptions<R, Error, R, DetailKey>;
  detailKey: (id: number) => DetailKey;
  /** Every view that may show the record or what the action changes (related lists, the audit log). */
  invalidates: ReadonlyArray<readonly unknown[]>;
  /** Events about other records that report a change of this one. */
  related?: (record: R) => RelatedEvents;
}

/** One binding per target that has actions: a new target's first action needs one here. */
export const recordBindings: { [T in TargetWithActions]: RecordBinding<TargetRecords[T]> } = {
  charge: {
    detailQuery: (id) => chargeQueries.detail(id),
    detailKey: (id) => chargeQueries.keys.detail(id),
    // A charge's subscriptions and customer show it too.
    invalidates: [chargeQueries.keys.all, ["subscriptions"], ["customers"], auditQueries.keys.all],
    // Recharge reports a skip or unskip as its subscriptions' events, not the charge's.
    related: (charge) => ({
      resource: "subscription",
      ids: charge.line_items.map((item) => String(item.purchase_item_id)),
      topics: ["subscription/skipped", "subscription/unskipped"],
    }),
  },
  subscription: {
    detailQuery: (id) => subscriptionQueries.detail(id),
    detailKey: (id) => subscriptionQueries.keys.detail(id),
    // Its charges move, merge or disappear with it.
    invalidates: [subscriptionQueries.keys.all, ["charges"], ["customers"], auditQueries.keys.all],
  },
  address: {
    // Watched through its customer's page too: an `address/updated` event refreshes the customer's
    // address cards (lib/queries/live-events.ts), and the card hands the dialog its newer reading.
    detailQuery: (id) => addressQueries.detail(id),
    detailKey: (id) => addressQueries.keys.detail(id),
    // Its card is on the customer's page; its queued charges are regenerated with the new address or
    // discount (commit=true), and its subscriptions' pages show where they ship.
    invalidates: [
      addressQueries.keys.all,
      ["customers"],
      chargeQueries.keys.all,
      subscriptionQueries.keys.all,
      auditQueries.keys.all,
    ],
  },
  discount: {
    // Recharge has no discount/* webhook topic, so no live event ever reports a discount changed
    // elsewhere: the watch is this query alone, read when a dialog opens, on window focus, and every
    // 5 s while one is open (paused in a hidden tab), so a dialog still refuses what no longer applies.
    detailQuery: (id) => ({ ...discountQueries.detail(id), refetchInterval: 5_000 }),
    detailKey: (id) => discountQueries.keys.detail(id),
    // Lists only: the detail is replaced with the answer, or left to the page that deleted it (a
    // re-read would be a 404 while the page moves to the list). Addresses carry a code, not the record.
    invalidates: [discountQueries.keys.lists(), auditQueries.keys.all],
  },
};

export function recordBinding<T extends TargetWithActions>(target: T): RecordBinding<TargetRecords[T]> {
  return recordBindings[target] as RecordBinding<TargetRecords[T]>;
}
