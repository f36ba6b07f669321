"use client";

import { ReasonField } from "@/components/actions/reason-field";
import {
  appliesToResources,
  discountChannels,
  discountFormPaths as paths,
  type DiscountFormValues,
} from "@/lib/schemas/discount-form-values";
import {
  appliesToPurchaseItemTypes,
  discountValueTypes,
  type KnownDiscountValueType,
} from "@/lib/schemas/recharge-enums";
import { CheckboxField, FormSection, RadioGroupField, TextField } from "./discount-form-controls";
import {
  discountChannelLabels,
  discountTypeLabel,
  purchaseItemTypeLabel,
  STORE_CURRENCY,
} from "./discount-format";

/** Each form path's name, for messages and the error summary. */
export const discountFieldLabels: Record<string, string> = {
  [paths.code]: "Code",
  [paths.valueType]: "Type of discount",
  [paths.value]: "Value",
  [paths.purchaseItemType]: "Purchases",
  [paths.resource]: "Products",
  [paths.resourceIds]: "Ids",
  [paths.channels]: "Channels",
  [paths.firstTimeCustomersOnly]: "First-time customers only",
  [paths.oncePerCustomer]: "Once per customer",
  [paths.maxSubsequentRedemptions]: "Max subsequent redemptions",
  [paths.minimumSubtotal]: "Minimum subtotal",
  [paths.startsAt]: "Starts",
  [paths.endsAt]: "Ends",
  [paths.reason]: "Reason",
};

const valueHints: Record<KnownDiscountValueType, string> = {
  percentage: "Percent off, from 0 to 100.",
  fixed_amount: `Amount off in ${STORE_CURRENCY}, e.g. 7.50.`,
  // discount-format.ts reads a shipping value the same way.
  shipping: "Percent off the shipping price; 100 is free shipping.",
};

const resourceLabels: Record<string, string> = {
  "": "Any product",
  shopify_product: "Specific products",
  shopify_collection_id: "Specific collections",
};

const idsLabels: Record<string, string> = {
  shopify_product: "Product ids",
  shopify_collection_id: "Collection ids",
};

export interface DiscountFormFieldsProps {
  mode: "create" | "edit";
  values: DiscountFormValues;
  /** The problem to show at each form path (already filtered to what the admin has touched). */
  errors: Readonly<Record<string, string>>;
  onChange: (patch: Partial<DiscountFormValues>) => void;
}

/**
 * Every setting the merchant portal maps to the 2021-11 API (discounts-in-depth.txt, "Creating
 * discount codes") that the discount field schema takes: code, type and value, applies to, channels,
 * usage limits, minimum subtotal and dates. `status` is the Disable / Enable dialog's.
 */
export function DiscountFormFields({ mode, values, errors, onChange }: DiscountFormFieldsProps) {
  const resources = [
    "",
    ...appliesToResources,
    // A resource Recharge holds that the dashboard does not know stays selectable, as sent.
    ...(values.resource && !(appliesToResources as readonly string[]).includes(values.resource)
      ? [values.resource]
      : []),
  ];
  return (
    <>
      <FormSection legend="Code and value">
        <TextField
          path={paths.code}
          label="Code"
          hint="What customers type. No spaces; unique in the store, whatever the case."
          error={errors[paths.code]}
          value={values.code}
          onChange={(code) => onChange({ code })}
          autoComplete="off"
          spellCheck={false}
          className="max-w-md"
        />
        <RadioGroupField
          path={paths.valueType}
          legend="Type of discount"
          options={discountValueTypes.map((type) => ({ value: type, label: discountTypeLabel(type) }))}
          value={values.valueType}
          onChange={(valueType) => onChange({ valueType })}
          error={errors[paths.valueType]}
        />
        <TextField
          path={paths.value}
          label="Value"
          hint={values.valueType ? valueHints[values.valueType] : undefined}
          error={errors[paths.value]}
          value={values.value}
          onChange={(value) => onChange({ value })}
          inputMode="decimal"
          autoComplete="off"
          className="max-w-xs"
        />
        <TextField
          path={paths.minimumSubtotal}
          label="Minimum subtotal"
          hint={`In ${STORE_CURRENCY}: the code applies only from this subtotal. Blank: no minimum.`}
          error={errors[paths.minimumSubtotal]}
          value={values.minimumSubtotal}
          onChange={(minimumSubtotal) => onChange({ minimumSubtotal })}
          inputMode="decimal"
          autoComplete="off"
          className="max-w-xs"
        />
      </FormSection>

      <FormSection legend="Applies to">
        <RadioGroupField
          path={paths.purchaseItemType}
          legend="Purchases"
          options={appliesToPurchaseItemTypes.map((scope) => ({
            value: scope,
            label: purchaseItemTypeLabel(scope),
          }))}
          value={values.purchaseItemType}
          onChange={(purchaseItemType) => onChange({ purchaseItemType })}
          error={errors[paths.purchaseItemType]}
        />
        <RadioGroupField
          path={paths.resource}
          legend="Products"
          options={resources.map((resource) => ({
            value: resource,
            label: resourceLabels[resource] ?? `As Recharge has it (${resource})`,
          }))}
          value={values.resource}
          onChange={(resource) => onChange({ resource })}
          error={errors[paths.resource]}
        />
        {values.resource ? (
          <TextField
            path={paths.resourceIds}
            label={idsLabels[values.resource] ?? "Ids"}
            hint="Shopify ids, separated by commas."
            error={errors[paths.resourceIds]}
            value={values.resourceIds}
            onChange={(resourceIds) => onChange({ resourceIds })}
            autoComplete="off"
            spellCheck={false}
          />
        ) : null}
      </FormSection>

      <FormSection
        legend="Channels"
        description="Where the code can be applied."
        path={paths.channels}
        error={errors[paths.channels]}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          {discountChannels.map((channel) => (
            <CheckboxField
              key={channel}
              path={`${paths.channels}.${channel}`}
              label={discountChannelLabels[channel]}
              checked={values.channels[channel]}
              onChange={(checked) => onChange({ channels: { ...values.channels, [channel]: checked } })}
            />
          ))}
        </div>
      </FormSection>

      <FormSection legend="Usage limits">
        <CheckboxField
          path={paths.firstTimeCustomersOnly}
          label="First-time customers only"
          hint="Only a customer's first order can use it."
          error={errors[paths.firstTimeCustomersOnly]}
          checked={values.firstTimeCustomersOnly}
          onChange={(firstTimeCustomersOnly) => onChange({ firstTimeCustomersOnly })}
        />
        <CheckboxField
          path={paths.oncePerCustomer}
          label="Once per customer"
          hint="Each customer can apply it once."
          error={errors[paths.oncePerCustomer]}
          checked={values.oncePerCustomer}
          onChange={(oncePerCustomer) => onChange({ oncePerCustomer })}
        />
        <TextField
          path={paths.maxSubsequentRedemptions}
          label="Max subsequent redemptions"
          hint="How many times a customer may use it after the first. Blank: no limit."
          error={errors[paths.maxSubsequentRedemptions]}
          value={values.maxSubsequentRedemptions}
          onChange={(maxSubsequentRedemptions) => onChange({ maxSubsequentRedemptions })}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-xs"
        />
      </FormSection>

      <FormSection legend="Dates (UTC)">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            path={paths.startsAt}
            label="Starts"
            type="datetime-local"
            step={1}
            hint={mode === "create" ? "Blank: from now." : "Blank: no start date."}
            error={errors[paths.startsAt]}
            value={values.startsAt}
            onChange={(startsAt) => onChange({ startsAt })}
          />
          <TextField
            path={paths.endsAt}
            label="Ends"
            type="datetime-local"
            step={1}
            hint="Blank: never ends."
            error={errors[paths.endsAt]}
            value={values.endsAt}
            onChange={(endsAt) => onChange({ endsAt })}
          />
        </div>
      </FormSection>

      <ReasonField
        value={values.reason}
        onChange={(reason) => onChange({ reason })}
        required={false}
        error={errors[paths.reason]}
      />
    </>
  );
}
