// Upcoming charges: one queued charge per active subscription at its next_charge_scheduled_at
// (subscriptions of one address due the same day share a charge), and a few already-skipped ones.
import { DAY_MS, addInterval, formatDate, formatTimestamp } from "../domain/dates";
import { buildCharge, itemFromSubscription } from "../domain/charge-factory";
import type { Charge } from "../store/charge-types";
import type { Subscription } from "../store/types";
import type { Random } from "./prng";
import { randomInstant } from "./seed-time";
import { addressOf, customerOf, type SeedWorld } from "./seed-world";

export function seedUpcoming(random: Random, world: SeedWorld): Charge[] {
  const { base } = world.clock;
  const horizon = formatDate(base + 100 * DAY_MS);
  const charges: Charge[] = [];
  const groups = new Map<string, Subscription[]>();
  for (const subscription of world.subscriptions) {
    if (subscription.status !== "active" || !subscription.next_charge_scheduled_at) continue;
    const later = addInterval(
      subscription.next_charge_scheduled_at,
      subscription.order_interval_unit,
      subscription.order_interval_frequency,
    );
    if (random.chance(0.05) && later <= horizon) {
      // The customer skipped the upcoming delivery: that charge stays skipped and the next one is queued.
      charges.push(
        chargeFor(random, world, [subscription], subscription.next_charge_scheduled_at, "skipped"),
      );
      subscription.next_charge_scheduled_at = later;
    }
    const key = `${subscription.address_id}:${subscription.next_charge_scheduled_at}`;
    groups.set(key, [...(groups.get(key) ?? []), subscription]);
  }
  for (const group of groups.values()) {
    const first = group[0] as Subscription;
    charges.push(chargeFor(random, world, group, first.next_charge_scheduled_at as string, "queued"));
  }
  return charges;
}

function chargeFor(
  random: Random,
  world: SeedWorld,
  subscriptions: readonly Subscription[],
  scheduledAt: string,
  status: "queued" | "skipped",
): Charge {
  const first = subscriptions[0] as Subscription;
  const newest = subscriptions.reduce(
    (max, s) => (s.created_at > max ? s.created_at : max),
    first.created_at,
  );
  const created = formatTimestamp(randomInstant(random, Date.parse(newest), world.clock.base));
  const charge = buildCharge({
    id: 0,
    address: addressOf(world, first),
    customer: customerOf(world, first),
    items: subscriptions.map(itemFromSubscription),
    status,
    type: "recurring",
    scheduledAt,
    createdAt: created,
  });
  if (status === "skipped") {
    charge.updated_at = formatTimestamp(randomInstant(random, Date.parse(created), world.clock.base));
  }
  return charge;
}
