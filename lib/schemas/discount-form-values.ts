// The one-discount form's values (components/discounts): what an admin types, where each value goes
// in Recharge's body, and the values read from an existing discount. Free of zod, like
// recharge-enums.ts, so a page that only shows a discount can use the names without the validator.
import {
  isKnownAppliesToPurchaseItemType,
  isKnownDiscountValueType,
  type KnownAppliesToPurchaseItemType,
  type KnownDiscountValueType,
} from "./recharge-enums";

export const discountChannels = ["api", "checkout_page", "customer_portal", "merchant_portal"] as const;
export type DiscountChannel = (typeof discountChannels)[number];

/**
 * `applies_to.resource`: what the ids name; none ("") means any product. The 2021-11 values as E2
 * types them (sandbox/README.md#sources: `recharge/api/v2/discounts.py`, `DiscountAppliesToResource`).
 */
export const appliesToResources = ["shopify_product", "shopify_collection_id"] as const;

/** The form as typed: text as text, "" for blank; dates are `datetime-local` values read as UTC. */
export interface DiscountFormValues {
  code: string;
  valueType: KnownDiscountValueType | "";
  value: string;
  /** "" only for a record whose scope the dashboard does not know (no radio is checked). */
  purchaseItemType: KnownAppliesToPurchaseItemType | "";
  /** "" (any product), one of appliesToResources, or an unknown one kept as Recharge sent it. */
  resource: string;
  /** Product or collection ids, separated by commas or spaces. */
  resourceIds: string;
  channels: Record<DiscountChannel, boolean>;
  firstTimeCustomersOnly: boolean;
  oncePerCustomer: boolean;
  maxSubsequentRedemptions: string;
  minimumSubtotal: string;
  startsAt: string;
  endsAt: string;
  reason: string;
}

/** Each form value's path in the body, as zod and Recharge name a field's problems. */
export const discountFormPaths = {
  code: "code",
  valueType: "value_type",
  value: "value",
  purchaseItemType: "applies_to.purchase_item_type",
  resource: "applies_to.resource",
  resourceIds: "applies_to.ids",
  channels: "channel_settings",
  firstTimeCustomersOnly: "usage_limits.first_time_customer_restriction",
  oncePerCustomer: "usage_limits.one_application_per_customer",
  maxSubsequentRedemptions: "usage_limits.max_subsequent_redemptions",
  minimumSubtotal: "prerequisite_subtotal_min",
  startsAt: "starts_at",
  endsAt: "ends_at",
  reason: "reason",
} as const satisfies Record<keyof DiscountFormValues, string>;

/** Where a problem about the whole form goes (shown in the summary only). */
export const FORM_PATH = "form";

const knownPaths: readonly string[] = Object.values(discountFormPaths);

/**
 * The form field a problem belongs to: `applies_to.ids.2` → `applies_to.ids`,
 * `channel_settings.api.can_apply` → `channel_settings`; anything else is about the form.
 */
export function toFormPath(path: string): string {
  const match = knownPaths.find((known) => path === known || path.startsWith(`${known}.`));
  return match ?? FORM_PATH;
}

/** A new code: Recharge's defaults as the sandbox applies them, a percentage to fill in. */
export function emptyDiscountForm(): DiscountFormValues {
  return {
    code: "",
    valueType: "percentage",
    value: "",
    purchaseItemType: "ALL",
    resource: "",
    resourceIds: "",
    channels: { api: true, checkout_page: true, customer_portal: true, merchant_portal: true },
    firstTimeCustomersOnly: false,
    oncePerCustomer: false,
    maxSubsequentRedemptions: "",
    minimumSubtotal: "",
    startsAt: "",
    endsAt: "",
    reason: "",
  };
}

/** What the form reads from a discount (Recharge's record, read tolerantly). */
export interface DiscountFormSource {
  code?: string | null;
  value?: string | null;
  value_type?: string | null;
  applies_to?: {
    ids?: ReadonlyArray<number | string> | null;
    purchase_item_type?: string | null;
    resource?: string | null;
  } | null;
  channel_settings?: Partial<Record<DiscountChannel, { can_apply?: boolean | null } | null>> | null;
  usage_limits?: {
    first_time_customer_restriction?: boolean | null;
    max_subsequent_redemptions?: number | null;
    one_application_per_customer?: boolean | null;
  } | null;
  prerequisite_subtotal_min?: string | null;
  starts_at?: string | null;
  ends_at?: string | null;
}

/** The form prefilled from a discount, for editing it. */
export function discountFormFromRecord(discount: DiscountFormSource): DiscountFormValues {
  const scope = discount.applies_to?.purchase_item_type;
  const limits = discount.usage_limits;
  const max = limits?.max_subsequent_redemptions;
  return {
    code: discount.code ?? "",
    valueType: isKnownDiscountValueType(discount.value_type) ? discount.value_type : "",
    value: discount.value ?? "",
    // No scope is Recharge's default, all purchases (discount-format.ts says the same).
    purchaseItemType:
      scope === null || scope === undefined ? "ALL" : isKnownAppliesToPurchaseItemType(scope) ? scope : "",
    resource: discount.applies_to?.resource ?? "",
    resourceIds: (discount.applies_to?.ids ?? []).join(", "),
    channels: Object.fromEntries(
      discountChannels.map((channel) => [channel, discount.channel_settings?.[channel]?.can_apply === true]),
    ) as Record<DiscountChannel, boolean>,
    firstTimeCustomersOnly: limits?.first_time_customer_restriction === true,
    oncePerCustomer: limits?.one_application_per_customer === true,
    maxSubsequentRedemptions: typeof max === "number" ? String(max) : "",
    minimumSubtotal: discount.prerequisite_subtotal_min ?? "",
    startsAt: utcInputValue(discount.starts_at),
    endsAt: utcInputValue(discount.ends_at),
    reason: "",
  };
}

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** A Recharge time as a `datetime-local` value in UTC with seconds ("2026-12-01T09:30:00"), or "". */
export function utcInputValue(value: string | null | undefined): string {
  const match = TIMESTAMP.exec(value?.trim() ?? "");
  if (!match) return "";
  const [, day, time = "00:00:00", offset = "Z"] = match;
  // Date.parse wants "+05:00"; Recharge may send "+05" or "+0500".
  const zone = offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.slice(3).replace(":", "") || "00"}`;
  const ms = Date.parse(`${day}T${time.length === 5 ? `${time}:00` : time}${zone}`);
  return Number.isNaN(ms) ? "" : new Date(ms).toISOString().slice(0, 19);
}

/** A `datetime-local` value (UTC) as the ISO-8601 timestamp Recharge takes. */
export function utcTimestamp(local: string): string {
  const value = local.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return `${value}:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(value)) return `${value}Z`;
  return value;
}
