// The discount fields as CSV columns, shared by create and update (update adds `id`, its fields
// under `changes`).
import {
  discountStatuses,
  discountValueTypes,
  appliesToPurchaseItemTypes,
} from "@/lib/schemas/recharge-enums";
import { integer, money, oneOf, text, timestamp, yesNo } from "./cell-converters";
import type { BatchColumn } from "./column-map";

/**
 * The discount columns; `under` nests every field in the task body (an update task carries its
 * fields under `changes`).
 */
export function discountFieldColumns(
  required: { code: boolean; value: boolean },
  under: readonly string[] = [],
): BatchColumn[] {
  return fieldColumns(required).map((column) => ({ ...column, path: [...under, ...column.path] }));
}

function fieldColumns(required: { code: boolean; value: boolean }): BatchColumn[] {
  return [
    {
      name: "code",
      path: ["code"],
      convert: text,
      required: required.code,
      hint: "The code customers type; no spaces; unique in the store.",
    },
    {
      name: "value_type",
      path: ["value_type"],
      convert: oneOf(discountValueTypes),
      required: required.value,
      hint: discountValueTypes.join(", "),
    },
    {
      name: "value",
      path: ["value"],
      convert: money,
      required: required.value,
      hint: "A percentage (0–100) or an amount, e.g. 10 or 7.50.",
    },
    {
      name: "status",
      path: ["status"],
      convert: oneOf(discountStatuses),
      hint: `${discountStatuses.join(", ")}; blank: enabled.`,
    },
    {
      name: "starts_at",
      path: ["starts_at"],
      convert: timestamp,
      hint: "Date (2026-12-01) or ISO timestamp; blank: now.",
    },
    {
      name: "ends_at",
      path: ["ends_at"],
      convert: timestamp,
      hint: "Date or ISO timestamp after starts_at; blank: never.",
    },
    {
      name: "applies_to_purchase_item_type",
      path: ["applies_to", "purchase_item_type"],
      convert: oneOf(appliesToPurchaseItemTypes),
      hint: appliesToPurchaseItemTypes.join(", "),
    },
    {
      name: "prerequisite_subtotal_min",
      path: ["prerequisite_subtotal_min"],
      convert: money,
      hint: "Minimum subtotal for the code to apply.",
    },
    {
      name: "max_subsequent_redemptions",
      path: ["usage_limits", "max_subsequent_redemptions"],
      convert: integer,
      hint: "How many times a customer may use it after the first; blank: no limit.",
    },
    {
      name: "one_application_per_customer",
      path: ["usage_limits", "one_application_per_customer"],
      convert: yesNo,
      hint: "true or false.",
    },
    {
      name: "first_time_customer_restriction",
      path: ["usage_limits", "first_time_customer_restriction"],
      convert: yesNo,
      hint: "true or false: only for a customer's first order.",
    },
  ];
}
