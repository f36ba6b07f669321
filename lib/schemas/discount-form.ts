// The one-discount form (components/discounts): its values (discount-form-values.ts) turned into the
// body of `POST /discounts` or the changed fields of `PUT /discounts/{id}`, and checked with the very
// schemas the Recharge client and the CSV batches use (discount-fields.ts). Pure and browser-safe.
import { z } from "zod";
import { toCents } from "@/lib/money/cents";
import { optionalReasonSchema } from "./action-reason";
import {
  discountCreateBodySchema,
  discountUpdateBodySchema,
  type DiscountUpdateBody,
} from "./discount-fields";
import {
  discountChannels,
  discountFormPaths,
  FORM_PATH,
  toFormPath,
  utcTimestamp,
  type DiscountFormValues,
} from "./discount-form-values";

type Mode = "create" | "edit";
type Problems = Record<string, string>;

/** The Recharge fields the form sets; `status` is changed by the Disable / Enable dialog instead. */
export type DiscountFormFields = Omit<DiscountUpdateBody, "status">;

/**
 * The form as Recharge fields, in the create body's order. A blank optional field is left out of a
 * new code (Recharge's default applies) and is `null` in an edit (it clears the setting). Text that
 * cannot become a field's type (a count with letters, a list of ids with a word) is a problem at
 * that field; everything else is left to the schema.
 */
export function discountFieldsFromForm(
  values: DiscountFormValues,
  mode: Mode,
): { fields: DiscountFormFields; problems: Problems } {
  const problems: Problems = {};
  const blank = mode === "create" ? undefined : null;
  const text = (value: string) => (value.trim() === "" ? blank : value.trim());

  const appliesTo: NonNullable<DiscountFormFields["applies_to"]> = {};
  if (values.purchaseItemType) appliesTo.purchase_item_type = values.purchaseItemType;
  if (values.resource) {
    appliesTo.resource = values.resource;
    const ids = parseIds(values.resourceIds);
    if (ids === null)
      problems[discountFormPaths.resourceIds] = "must be ids (whole numbers) separated by commas";
    else appliesTo.ids = ids;
  }

  const max = values.maxSubsequentRedemptions.trim();
  const usageLimits: NonNullable<DiscountFormFields["usage_limits"]> = {
    first_time_customer_restriction: values.firstTimeCustomersOnly,
    one_application_per_customer: values.oncePerCustomer,
  };
  if (max === "") {
    if (blank === null) usageLimits.max_subsequent_redemptions = null;
  } else if (/^\d+$/.test(max)) usageLimits.max_subsequent_redemptions = Number(max);
  else problems[discountFormPaths.maxSubsequentRedemptions] = "must be a whole number";

  const time = (value: string) => (value.trim() === "" ? blank : utcTimestamp(value));
  const fields: DiscountFormFields = {
    code: values.code.trim(),
    value: values.value.trim() === "" ? undefined : values.value.trim(),
    value_type: values.valueType || undefined,
    applies_to: Object.keys(appliesTo).length > 0 ? appliesTo : undefined,
    channel_settings: Object.fromEntries(
      discountChannels.map((channel) => [channel, { can_apply: values.channels[channel] }]),
    ),
    starts_at: time(values.startsAt),
    ends_at: time(values.endsAt),
    usage_limits: usageLimits,
    prerequisite_subtotal_min: text(values.minimumSubtotal),
  };
  return { fields: withoutUndefined(fields), problems };
}

/** "111, 222 333" → [111, 222, 333]; [] for nothing; null when a part is not an id. */
function parseIds(text: string): number[] | null {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  const ids = parts.map((part) => (/^\d{1,16}$/.test(part) ? Number(part) : Number.NaN));
  return ids.every((id) => Number.isSafeInteger(id)) ? ids : null;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as T;
}

const MONEY_KEYS = new Set(["value", "prerequisite_subtotal_min"]);
const TIME_KEYS = new Set(["starts_at", "ends_at"]);

/** Whether two readings of one field say the same: "20" is "20.00", "…T09:00:00Z" is "…T09:00Z". */
function sameField(key: string, before: unknown, after: unknown): boolean {
  if ((before ?? null) === null || (after ?? null) === null) return (before ?? null) === (after ?? null);
  if (MONEY_KEYS.has(key)) {
    const [a, b] = [toCents(String(before)), toCents(String(after))];
    if (a !== null && b !== null) return a === b;
  }
  if (TIME_KEYS.has(key)) {
    const [a, b] = [Date.parse(String(before)), Date.parse(String(after))];
    if (!Number.isNaN(a) && !Number.isNaN(b)) return a === b;
  }
  return JSON.stringify(before) === JSON.stringify(after);
}

/**
 * The fields that differ between two readings of the form, whole: a changed usage limit sends all of
 * `usage_limits`, so the update means the same whether Recharge merges nested objects or replaces them.
 */
export function changedDiscountFields(
  before: DiscountFormFields,
  after: DiscountFormFields,
): DiscountFormFields {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof DiscountFormFields>;
  const changes: Record<string, unknown> = {};
  for (const key of keys) {
    if (after[key] !== undefined && !sameField(key, before[key], after[key])) changes[key] = after[key];
  }
  return changes as DiscountFormFields;
}

/** The result of checking the form: the body to send, or the problems that stop it. */
export interface DiscountFormCheck<Body> {
  /** Fields plus `reason`, ready to send; null while anything is wrong. */
  body: Body | null;
  /** The first problem of each form path (FORM_PATH for the form as a whole). */
  errors: Record<string, string>;
}

export type NewDiscountBody = z.output<typeof discountCreateBodySchema> & { reason?: string };
export type DiscountChangesBody = z.output<typeof discountUpdateBodySchema> & { reason?: string };

function addIssues(problems: Problems, error: z.ZodError, keep: (path: string) => boolean = () => true) {
  for (const issue of error.issues) {
    const path = toFormPath(issue.path.map(String).join("."));
    if (keep(path)) problems[path] ??= issue.message;
  }
}

function checkReason(values: DiscountFormValues, problems: Problems): string | undefined {
  const reason = optionalReasonSchema.safeParse(values.reason);
  if (reason.success) return reason.data;
  problems[discountFormPaths.reason] ??= reason.error.issues[0]?.message ?? "is not valid";
  return undefined;
}

/** Products or collections with no ids would restrict the code to nothing. */
function checkResourceIds(values: DiscountFormValues, fields: DiscountFormFields, problems: Problems) {
  if (values.resource && fields.applies_to?.ids?.length === 0)
    problems[discountFormPaths.resourceIds] ??= "needs at least one id";
}

const withReason = <T extends object>(body: T, reason: string | undefined) =>
  reason === undefined ? body : { ...body, reason };

/**
 * A new code: the create body, checked by the create schema. Type and value are required, as the
 * create batch's template requires them (Recharge refuses a new code without them).
 */
export function checkNewDiscount(values: DiscountFormValues): DiscountFormCheck<NewDiscountBody> {
  const { fields, problems } = discountFieldsFromForm(values, "create");
  if (!values.valueType) problems[discountFormPaths.valueType] = "is required";
  if (!values.value.trim()) problems[discountFormPaths.value] ??= "is required";
  checkResourceIds(values, fields, problems);
  const parsed = discountCreateBodySchema.safeParse(fields);
  if (!parsed.success) addIssues(problems, parsed.error);
  const reason = checkReason(values, problems);
  const valid = parsed.success && Object.keys(problems).length === 0;
  return { body: valid ? withReason(parsed.data, reason) : null, errors: problems };
}

// A rule across two fields (percentage ≤ 100, ends after starts) concerns both of them.
const partners: Record<string, string> = {
  value: "value_type",
  value_type: "value",
  starts_at: "ends_at",
  ends_at: "starts_at",
};

/**
 * An edit: only the fields that differ from the record as the form opened with it, checked by the
 * update schema, and the whole record checked by the create schema where the changes touch it (a
 * setting the admin left alone never blocks saving another).
 */
export function checkDiscountChanges(
  initial: DiscountFormValues,
  values: DiscountFormValues,
): DiscountFormCheck<DiscountChangesBody> {
  const before = discountFieldsFromForm(initial, "edit").fields;
  const { fields, problems } = discountFieldsFromForm(values, "edit");
  if (!values.value.trim() && initial.value.trim()) problems[discountFormPaths.value] = "is required";
  checkResourceIds(values, fields, problems);
  if (initial.resource && !values.resource) {
    // The update body cannot say "no resource" (discount-fields.ts takes a non-empty string only).
    problems[discountFormPaths.resource] ??=
      "cannot be removed from an existing code here; create a new code without it instead";
  }
  const changes = changedDiscountFields(before, fields);
  const touched = (path: string) => {
    const key = path.split(".")[0]!;
    return key in changes || (partners[key] ?? "") in changes;
  };
  const whole = discountCreateBodySchema.safeParse(fields);
  if (!whole.success) addIssues(problems, whole.error, touched);
  const parsed = discountUpdateBodySchema.safeParse(changes);
  if (Object.keys(changes).length > 0) {
    if (!parsed.success) addIssues(problems, parsed.error);
  } else if (Object.keys(problems).length === 0) {
    // Only when nothing else is wrong: an emptied value is "not sent", not "nothing changed".
    problems[FORM_PATH] = "Change at least one setting before saving.";
  }
  const reason = checkReason(values, problems);
  const valid = parsed.success && Object.keys(problems).length === 0;
  return { body: valid ? withReason(parsed.data, reason) : null, errors: problems };
}
