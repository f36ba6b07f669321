import { describe, expect, it } from "vitest";
import {
  changedDiscountFields,
  checkDiscountChanges,
  checkNewDiscount,
  discountFieldsFromForm,
} from "./discount-form";
import {
  discountFormFromRecord,
  emptyDiscountForm,
  toFormPath,
  utcInputValue,
  type DiscountFormValues,
} from "./discount-form-values";

const filled: DiscountFormValues = {
  ...emptyDiscountForm(),
  code: "  SPRING-7  ",
  valueType: "fixed_amount",
  value: "7.50",
  purchaseItemType: "SUBSCRIPTION",
  resource: "shopify_product",
  resourceIds: "111, 222 333",
  channels: { api: true, checkout_page: false, customer_portal: true, merchant_portal: false },
  firstTimeCustomersOnly: true,
  oncePerCustomer: true,
  maxSubsequentRedemptions: "3",
  minimumSubtotal: "25.00",
  startsAt: "2027-01-01T09:30",
  endsAt: "2027-02-01T00:00:00",
  reason: "  spring campaign ",
};

/** A discount as Recharge sends it (2021-11, the sandbox's shape). */
const record = {
  id: 42,
  applies_to: { ids: [], purchase_item_type: "ALL", resource: null },
  channel_settings: {
    api: { can_apply: true },
    checkout_page: { can_apply: true },
    customer_portal: { can_apply: false },
    merchant_portal: { can_apply: true },
  },
  code: "SUMMER20",
  ends_at: null,
  prerequisite_subtotal_min: "50.00",
  starts_at: "2026-06-01T00:00:00+00:00",
  status: "enabled",
  usage_limits: {
    first_time_customer_restriction: false,
    max_subsequent_redemptions: 2,
    one_application_per_customer: true,
  },
  value: "20.00",
  value_type: "percentage",
};

describe("the new-code body", () => {
  it("sends every setting as entered, in Recharge's field names, dates in UTC", () => {
    const { body, errors } = checkNewDiscount(filled);
    expect(errors).toEqual({});
    expect(body).toEqual({
      code: "SPRING-7",
      value: "7.50",
      value_type: "fixed_amount",
      applies_to: { purchase_item_type: "SUBSCRIPTION", resource: "shopify_product", ids: [111, 222, 333] },
      channel_settings: {
        api: { can_apply: true },
        checkout_page: { can_apply: false },
        customer_portal: { can_apply: true },
        merchant_portal: { can_apply: false },
      },
      starts_at: "2027-01-01T09:30:00Z",
      ends_at: "2027-02-01T00:00:00Z",
      usage_limits: {
        first_time_customer_restriction: true,
        one_application_per_customer: true,
        max_subsequent_redemptions: 3,
      },
      prerequisite_subtotal_min: "25.00",
      reason: "spring campaign",
    });
  });

  it("leaves blank optional settings to Recharge's defaults, and the reason out when there is none", () => {
    const { body } = checkNewDiscount({ ...emptyDiscountForm(), code: "TEN", value: "10" });
    expect(body).toEqual({
      code: "TEN",
      value: "10",
      value_type: "percentage",
      applies_to: { purchase_item_type: "ALL" },
      channel_settings: {
        api: { can_apply: true },
        checkout_page: { can_apply: true },
        customer_portal: { can_apply: true },
        merchant_portal: { can_apply: true },
      },
      usage_limits: { first_time_customer_restriction: false, one_application_per_customer: false },
    });
  });

  it("names each problem at its field and sends nothing while there is one", () => {
    const check = (patch: Partial<DiscountFormValues>) =>
      checkNewDiscount({ ...emptyDiscountForm(), code: "OK", value: "10", ...patch });
    expect(check({ value: "abc" })).toEqual({
      body: null,
      errors: { value: "must be a non-negative amount with at most two decimals" },
    });
    expect(check({ value: "150" }).errors).toEqual({ value: "must be between 0 and 100" });
    expect(check({ code: "TWO WORDS" }).errors).toEqual({ code: "must not contain spaces" });
    expect(check({ code: " ", value: "" }).errors).toEqual({ code: "is required", value: "is required" });
    expect(check({ maxSubsequentRedemptions: "two" }).errors).toEqual({
      "usage_limits.max_subsequent_redemptions": "must be a whole number",
    });
    expect(check({ maxSubsequentRedemptions: "0" }).errors).toEqual({
      "usage_limits.max_subsequent_redemptions": "must be at least 1",
    });
    expect(check({ resource: "shopify_collection_id", resourceIds: "12, abc" }).errors).toEqual({
      "applies_to.ids": "must be ids (whole numbers) separated by commas",
    });
    expect(check({ resource: "shopify_collection_id", resourceIds: " " }).errors).toEqual({
      "applies_to.ids": "needs at least one id",
    });
    expect(check({ startsAt: "2027-02-01T00:00", endsAt: "2027-01-01T00:00" }).errors).toEqual({
      ends_at: "must be after starts_at",
    });
    expect(check({ reason: "x".repeat(501) }).errors).toEqual({
      reason: "Keep the reason under 500 characters.",
    });
    expect(check({}).body).not.toBeNull();
  });

  it("leaves a shipping value to Recharge's own check but still requires one, as the batch template does", () => {
    const { errors } = checkNewDiscount({ ...emptyDiscountForm(), code: "SHIP", valueType: "shipping" });
    expect(errors).toEqual({ value: "is required" });
  });
});

describe("the edit body: changed fields only", () => {
  const initial = discountFormFromRecord(record);

  it("prefills the form from the record, dates as UTC datetime-local values", () => {
    expect(initial).toEqual({
      code: "SUMMER20",
      valueType: "percentage",
      value: "20.00",
      purchaseItemType: "ALL",
      resource: "",
      resourceIds: "",
      channels: { api: true, checkout_page: true, customer_portal: false, merchant_portal: true },
      firstTimeCustomersOnly: false,
      oncePerCustomer: true,
      maxSubsequentRedemptions: "2",
      minimumSubtotal: "50.00",
      startsAt: "2026-06-01T00:00:00",
      endsAt: "",
      reason: "",
    });
  });

  it("sends nothing while nothing changed, and says so", () => {
    expect(checkDiscountChanges(initial, initial)).toEqual({
      body: null,
      errors: { form: "Change at least one setting before saving." },
    });
    // The same amount or instant written another way is no change either.
    expect(
      checkDiscountChanges(initial, { ...initial, value: "20", startsAt: "2026-06-01T00:00" }).errors,
    ).toEqual({ form: "Change at least one setting before saving." });
  });

  it("sends one changed setting alone, with the reason", () => {
    expect(checkDiscountChanges(initial, { ...initial, value: "15", reason: "too generous" }).body).toEqual({
      value: "15",
      reason: "too generous",
    });
    expect(checkDiscountChanges(initial, { ...initial, code: "SUMMER25" }).body).toEqual({
      code: "SUMMER25",
    });
  });

  it("sends a changed group whole, so merge or replace upstream mean the same", () => {
    expect(checkDiscountChanges(initial, { ...initial, maxSubsequentRedemptions: "5" }).body).toEqual({
      usage_limits: {
        first_time_customer_restriction: false,
        one_application_per_customer: true,
        max_subsequent_redemptions: 5,
      },
    });
    expect(
      checkDiscountChanges(initial, { ...initial, channels: { ...initial.channels, api: false } }).body,
    ).toEqual({
      channel_settings: {
        api: { can_apply: false },
        checkout_page: { can_apply: true },
        customer_portal: { can_apply: false },
        merchant_portal: { can_apply: true },
      },
    });
  });

  it("clears an optional setting with null", () => {
    expect(checkDiscountChanges(initial, { ...initial, minimumSubtotal: "" }).body).toEqual({
      prerequisite_subtotal_min: null,
    });
    expect(
      checkDiscountChanges(initial, { ...initial, maxSubsequentRedemptions: "" }).body?.usage_limits,
    ).toMatchObject({ max_subsequent_redemptions: null });
  });

  it("checks a change against the whole record: a percentage above 100 is refused", () => {
    expect(checkDiscountChanges(initial, { ...initial, value: "150" }).errors).toEqual({
      value: "must be between 0 and 100",
    });
    // Switching to a fixed amount makes the same value fine, and both fields are sent.
    expect(
      checkDiscountChanges(initial, { ...initial, value: "150", valueType: "fixed_amount" }).body,
    ).toEqual({ value: "150", value_type: "fixed_amount" });
  });

  it("never blocks a change on a setting the admin left alone", () => {
    const legacy = discountFormFromRecord({ ...record, code: "OLD CODE" });
    expect(checkDiscountChanges(legacy, { ...legacy, value: "10" })).toEqual({
      body: { value: "10" },
      errors: {},
    });
  });

  it("refuses to empty the value or to drop a product restriction it cannot express", () => {
    expect(checkDiscountChanges(initial, { ...initial, value: "" }).errors).toEqual({ value: "is required" });
    const restricted = discountFormFromRecord({
      ...record,
      applies_to: { ids: [7], purchase_item_type: "ALL", resource: "shopify_product" },
    });
    expect(restricted.resourceIds).toBe("7");
    expect(checkDiscountChanges(restricted, { ...restricted, resource: "" }).errors).toEqual({
      "applies_to.resource":
        "cannot be removed from an existing code here; create a new code without it instead",
    });
  });
});

describe("helpers", () => {
  it("compares readings field by field, money by amount and times by instant", () => {
    const before = discountFieldsFromForm(discountFormFromRecord(record), "edit").fields;
    expect(changedDiscountFields(before, { ...before, value: "20.0" })).toEqual({});
    expect(changedDiscountFields(before, { ...before, starts_at: "2026-06-01T02:00:00+02:00" })).toEqual({});
    expect(changedDiscountFields(before, { ...before, ends_at: "2026-12-31T00:00:00Z" })).toEqual({
      ends_at: "2026-12-31T00:00:00Z",
    });
  });

  it("reads Recharge's times as UTC input values, whatever the offset's spelling", () => {
    expect(utcInputValue("2026-06-01T02:00:00+02:00")).toBe("2026-06-01T00:00:00");
    expect(utcInputValue("2026-06-01T05:30:00+0530")).toBe("2026-06-01T00:00:00");
    expect(utcInputValue("2026-06-01")).toBe("2026-06-01T00:00:00");
    expect(utcInputValue("2026-06-01T09:15")).toBe("2026-06-01T09:15:00");
    expect(utcInputValue("soon")).toBe("");
    expect(utcInputValue(null)).toBe("");
  });

  it("puts each problem at the field it is about", () => {
    expect(toFormPath("applies_to.ids.1")).toBe("applies_to.ids");
    expect(toFormPath("channel_settings.api.can_apply")).toBe("channel_settings");
    expect(toFormPath("code")).toBe("code");
    expect(toFormPath("Idempotency-Key")).toBe("form");
    expect(toFormPath("")).toBe("form");
  });

  it("keeps a scope it does not know unselected rather than guessing", () => {
    const odd = discountFormFromRecord({ ...record, applies_to: { purchase_item_type: "BUNDLE" } });
    expect(odd.purchaseItemType).toBe("");
    expect(discountFieldsFromForm(odd, "edit").fields.applies_to).toBeUndefined();
  });
});
