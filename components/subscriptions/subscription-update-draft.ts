// The change-quantity-or-frequency dialog's form, as text the operator types, and the body it makes:
// only what differs from the subscription — the quantity, the interval's three fields together, or
// both. Pure, so "send only what changed" is unit-tested; the schema (lib/schemas) judges the values.
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { isKnownIntervalUnit, type KnownIntervalUnit } from "@/lib/schemas/recharge-enums";

export interface UpdateDraft {
  quantity: string;
  /** "" while the subscription's unit is one the dashboard does not know (legacy "Months"). */
  unit: KnownIntervalUnit | "";
  /** Delivery: every N units (`order_interval_frequency`). */
  every: string;
  /**
   * Prepaid: each charge pays for several deliveries. Off, the charge interval is the delivery
   * interval; on, it is `deliveriesPerCharge` deliveries, so it is always a whole multiple of it.
   */
  prepaid: boolean;
  deliveriesPerCharge: string;
}

/** Text to what the schema judges: a whole-looking number, else the text ("" and "abc" fail there). */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** "Max: 1000" for both frequencies (E1 SubscriptionBase). */
const MAX_FREQUENCY = 1000;

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/** The form as the subscription is now: submitting it unchanged sends nothing. */
export function initialDraft(subscription: Subscription): UpdateDraft {
  const every = subscription.order_interval_frequency;
  const charge = subscription.charge_interval_frequency;
  const deliveries = every && charge ? charge / every : 1;
  return {
    quantity: subscription.quantity?.toString() ?? "",
    unit: isKnownIntervalUnit(subscription.order_interval_unit) ? subscription.order_interval_unit : "",
    every: every?.toString() ?? "",
    prepaid: deliveries !== 1,
    // A charge interval that is not a whole number of deliveries (set elsewhere) starts at the nearest.
    deliveriesPerCharge: String(Math.max(2, Math.round(deliveries))),
  };
}

export interface DraftChanges {
  /** The fields to send, for the schema to check; {} when nothing changed. */
  values: Record<string, unknown>;
  quantityChanged: boolean;
  intervalChanged: boolean;
  /** The deliveries count is the dialog's own field, not the body's: its problem is said here. */
  deliveriesError: string | null;
}

/** The charge frequency the draft makes: the delivery's, or a whole number of deliveries (NaN: none). */
function chargeFrequency(draft: UpdateDraft, every: number | string): number | string {
  if (!draft.prepaid) return every;
  const deliveries = wholeNumber(draft.deliveriesPerCharge);
  // NaN while either part is wrong, so the schema refuses the body as well as the dialog.
  return typeof every === "number" && deliveries !== null && deliveries >= 2 ? every * deliveries : NaN;
}

function deliveriesProblem(draft: UpdateDraft, charge: number | string): string | null {
  if (!draft.prepaid) return null;
  const deliveries = wholeNumber(draft.deliveriesPerCharge);
  if (deliveries === null || deliveries < 2)
    return "Enter how many deliveries each charge pays for: a whole number, 2 or more.";
  // Recharge's limit is on the charge frequency, which the operator does not type: say it in their terms.
  if (typeof charge === "number" && charge > MAX_FREQUENCY)
    return `That charges every ${charge} ${draft.unit || "unit"}s; Recharge allows at most ${MAX_FREQUENCY}.`;
  return null;
}

/**
 * What the draft changes on the subscription. A part the operator left as it opened is never sent,
 * even where the subscription holds what the form cannot show (no quantity, a legacy unit).
 */
export function draftChanges(subscription: Subscription, draft: UpdateDraft): DraftChanges {
  const initial = initialDraft(subscription);
  const quantity = numberOrText(draft.quantity);
  const quantityChanged = draft.quantity !== initial.quantity && quantity !== subscription.quantity;

  const every = numberOrText(draft.every);
  const charge = chargeFrequency(draft, every);
  const intervalTouched =
    draft.unit !== initial.unit ||
    draft.every !== initial.every ||
    draft.prepaid !== initial.prepaid ||
    (draft.prepaid && draft.deliveriesPerCharge !== initial.deliveriesPerCharge);
  const intervalChanged =
    intervalTouched &&
    (draft.unit !== subscription.order_interval_unit ||
      every !== subscription.order_interval_frequency ||
      charge !== subscription.charge_interval_frequency);

  return {
    values: {
      ...(quantityChanged ? { quantity } : {}),
      // "" (no unit chosen) is refused by the schema with its own message.
      ...(intervalChanged
        ? {
            order_interval_unit: draft.unit,
            order_interval_frequency: every,
            charge_interval_frequency: charge,
          }
        : {}),
    },
    quantityChanged,
    intervalChanged,
    deliveriesError: intervalChanged ? deliveriesProblem(draft, charge) : null,
  };
}

/** "every 2 weeks" for a unit and a frequency typed or read; null until both make sense. */
export function everyText(frequency: unknown, unit: string): string | null {
  if (typeof frequency !== "number" || !Number.isInteger(frequency) || frequency < 1 || !unit) return null;
  return frequency === 1 ? `every ${unit}` : `every ${frequency} ${unit}s`;
}

/** "every 6 weeks": how often the draft charges, or null while its parts do not make one. */
export function chargedEvery(draft: UpdateDraft): string | null {
  return everyText(chargeFrequency(draft, numberOrText(draft.every)), draft.unit);
}
