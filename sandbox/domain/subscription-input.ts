// The body of PUT /subscriptions/{id}. The sandbox simulates the quantity and the interval; the other
// fields Recharge documents for the update (E1 UpdateSubscriptionRequest, dist/index.d.ts:1624-1633;
// E2 recharge/api/v2/subscriptions.py SubscriptionUpdateBody) are refused as not simulated, and any
// other key as undocumented.
import { z } from "zod";
import { fieldErrorsOf, message } from "./validation";
import { unprocessable, type ApiResult, type FieldErrors } from "./result";
import { isJsonObject } from "./json";

export const NOT_SIMULATED = "is not supported by the sandbox";

const NOT_SIMULATED_FIELDS: ReadonlySet<string> = new Set([
  "cancellation_reason",
  "cancellation_reason_comments",
  "expire_after_specific_number_of_charges",
  "external_variant_id",
  "next_charge_scheduled_at",
  "order_day_of_month",
  "order_day_of_week",
  "persist_dynamic_pricing",
  "plan_id",
  "price",
  "product_title",
  "properties",
  "sku",
  "sku_override",
  "status",
  "variant_title",
]);

/** An integer sent as a number or a digit string (E2 types these as strings), within 1..max. */
function positiveInteger(max?: number) {
  const range = z
    .number()
    .int("must be an integer")
    .min(1, "must be greater than 0")
    .max(max ?? Number.MAX_SAFE_INTEGER, `must be at most ${max ?? Number.MAX_SAFE_INTEGER}`);
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^-?\d+$/)
          .transform(Number),
      ],
      message("must be an integer"),
    )
    .pipe(range);
}

/** "Max: 1000" for both frequencies (E1 SubscriptionBase, dist/index.d.ts:1478, :1515). */
const frequency = positiveInteger(1000);

// E1's "preferred values" (IntervalUnit, dist/index.d.ts:247-248); the spellings it keeps "for backwards
// compatibility" (`days`, `Months`, …) are refused (sandbox choice: 2021-11 enums are lower-case singular).
export const INTERVAL_UNITS = ["day", "week", "month"] as const;

const subscriptionUpdateInput = z.strictObject({
  quantity: positiveInteger().optional(),
  order_interval_unit: z
    .enum(INTERVAL_UNITS, message(`must be one of: ${INTERVAL_UNITS.join(", ")}`))
    .optional(),
  order_interval_frequency: frequency.optional(),
  charge_interval_frequency: frequency.optional(),
});

export type SubscriptionUpdateInput = z.output<typeof subscriptionUpdateInput>;

/** The interval fields go together (E1 updateSubscription, dist/index.d.ts:4332). */
const INTERVAL_FIELDS = [
  "order_interval_unit",
  "order_interval_frequency",
  "charge_interval_frequency",
] as const;

/** Refuses keys the sandbox does not simulate or Recharge does not document, then checks the rest. */
export function parseSubscriptionUpdate(
  body: unknown,
): { ok: true; input: SubscriptionUpdateInput } | ApiResult {
  if (!isJsonObject(body)) return unprocessable({ _schema: ["must be a JSON object"] });
  const errors: FieldErrors = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (NOT_SIMULATED_FIELDS.has(key)) errors[key] = [NOT_SIMULATED];
    else rest[key] = value;
  }
  const parsed = subscriptionUpdateInput.safeParse(rest);
  if (!parsed.success) Object.assign(errors, fieldErrorsOf(parsed.error));
  const sent = INTERVAL_FIELDS.filter((field) => field in rest);
  if (sent.length > 0 && sent.length < INTERVAL_FIELDS.length) {
    for (const field of INTERVAL_FIELDS)
      if (!(field in rest))
        errors[field] ??= [
          `must be sent with ${sent.join(" and ")}: the interval fields are updated together`,
        ];
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return unprocessable(errors);
  return { ok: true, input: parsed.data };
}
