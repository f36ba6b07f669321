// Discount create / update / delete: shared by the REST endpoints and the discount batch tasks, so a
// task fails exactly as the single call would. They announce nothing: Recharge documents no discount
// webhook topic (api-reference-2021-11.txt:110-189, 630-752).
import type { Discount } from "../store/admin-types";
import type { Store } from "../store/store";
import {
  DEFAULT_APPLIES_TO,
  DEFAULT_CHANNELS,
  DEFAULT_USAGE_LIMITS,
  buildDiscount,
  type DiscountFields,
} from "./discount-record";
import { discountFieldsInput, type DiscountFieldsInput } from "./discount-input";
import { isJsonObject } from "./json";
import { formatCents, toCents } from "./money";
import { created, noContent, ok, unprocessable, type ApiResult, type FieldErrors } from "./result";
import { fieldErrorsOf } from "./validation";

/** Input merged over the current fields (or the defaults, for a create). */
function mergeFields(base: DiscountFields, input: DiscountFieldsInput): DiscountFields {
  const value = input.value ?? (input.value_type === "shipping" ? 10_000 : undefined);
  return {
    applies_to: input.applies_to
      ? { ...base.applies_to, ...stripUndefined(input.applies_to) }
      : base.applies_to,
    channel_settings: input.channel_settings
      ? { ...base.channel_settings, ...stripUndefined(input.channel_settings) }
      : base.channel_settings,
    code: input.code ?? base.code,
    ends_at: input.ends_at === undefined ? base.ends_at : input.ends_at,
    prerequisite_subtotal_min:
      input.prerequisite_subtotal_min === undefined
        ? base.prerequisite_subtotal_min
        : input.prerequisite_subtotal_min === null
          ? null
          : formatCents(input.prerequisite_subtotal_min),
    starts_at: input.starts_at === undefined ? base.starts_at : input.starts_at,
    status: input.status ?? base.status,
    usage_limits: input.usage_limits
      ? { ...base.usage_limits, ...stripUndefined(input.usage_limits) }
      : base.usage_limits,
    value: value === undefined ? base.value : formatCents(value),
    value_type: input.value_type ?? base.value_type,
  };
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** Rules across fields and records: percentage ≤ 100, ends after starts, unique code. */
function crossCheck(store: Store, fields: DiscountFields, self: Discount | null, errors: FieldErrors): void {
  if (fields.value_type === "percentage" && toCents(fields.value) > 10_000)
    errors.value ??= ["must be between 0 and 100"];
  if (fields.starts_at && fields.ends_at && fields.ends_at <= fields.starts_at)
    errors.ends_at ??= ["must be after starts_at"];
  const clash = store.discounts.lookup("code", fields.code.toLowerCase()).some((other) => other !== self);
  if (clash) errors.code ??= ["has already been taken"];
}

function validate(input: unknown): { input: DiscountFieldsInput; errors: FieldErrors } | ApiResult {
  if (!isJsonObject(input)) return unprocessable({ _schema: ["must be a JSON object"] });
  const parsed = discountFieldsInput.safeParse(input);
  return parsed.success
    ? { input: parsed.data, errors: {} }
    : { input: {}, errors: fieldErrorsOf(parsed.error) };
}

export function createDiscount(store: Store, body: unknown): ApiResult {
  const checked = validate(body);
  if ("status" in checked) return checked;
  const { input, errors } = checked;
  if (isJsonObject(body)) {
    if (body.code === undefined || body.code === null) errors.code ??= ["can't be blank"];
    if (body.value_type === undefined || body.value_type === null) errors.value_type ??= ["can't be blank"];
    if ((body.value === undefined || body.value === null) && body.value_type !== "shipping")
      errors.value ??= ["can't be blank"];
  }
  if (Object.keys(errors).length > 0) return unprocessable(errors);
  const now = store.timestamp();
  const defaults: DiscountFields = {
    applies_to: DEFAULT_APPLIES_TO,
    channel_settings: DEFAULT_CHANNELS,
    code: "",
    ends_at: null,
    prerequisite_subtotal_min: null,
    starts_at: now,
    status: "enabled",
    usage_limits: DEFAULT_USAGE_LIMITS,
    value: "0.00",
    value_type: "percentage",
  };
  const fields = mergeFields(defaults, input);
  crossCheck(store, fields, null, errors);
  if (Object.keys(errors).length > 0) return unprocessable(errors);
  const discount = store.discounts.insert(buildDiscount(store.nextId("discounts"), fields, now));
  return created({ discount });
}

export function updateDiscount(store: Store, discount: Discount, body: unknown): ApiResult {
  const checked = validate(body);
  if ("status" in checked) return checked;
  const { input, errors } = checked;
  if (Object.keys(errors).length > 0) return unprocessable(errors);
  const fields = mergeFields(discount, input);
  crossCheck(store, fields, discount, errors);
  if (Object.keys(errors).length > 0) return unprocessable(errors);
  store.discounts.update(discount, (row) => {
    Object.assign(row, fields);
    row.updated_at = store.timestamp();
  });
  return ok({ discount });
}

export function deleteDiscount(store: Store, discount: Discount): ApiResult {
  store.discounts.remove(discount);
  return noContent();
}
