import "server-only";
import { z } from "zod";

// Building blocks shared by the Recharge object schemas (recharge-api.md §1). Objects use
// `z.looseObject`: the fields the dashboard uses are checked, every other field passes through
// untouched, so the UI gets Recharge's objects as Recharge sent them and new upstream fields never
// break a parse. Nothing here transforms a value.

/** Recharge ids are integers. */
export const rechargeIdSchema = z.number().int().nonnegative();

/** Money is always a decimal string, e.g. "29.20" (sign allowed for adjustments). */
export const moneySchema = z.string().regex(/^-?\d+(\.\d+)?$/, "must be a decimal string");

/** A calendar date, YYYY-MM-DD. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)");

/** ISO-8601 timestamp, with or without an offset (Recharge sends both). */
export const timestampSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/,
    "must be an ISO-8601 timestamp",
  );

/** Some date fields come back as dates on one resource and timestamps on another: accept both. */
export const dateOrTimestampSchema = z.union([dateSchema, timestampSchema]);

/** `{"ecommerce": "5213433266347"}`: external ids are strings inside an object. */
export const externalIdSchema = z.looseObject({ ecommerce: z.string().nullish() });
export type ExternalId = z.infer<typeof externalIdSchema>;

/** `properties` / `order_attributes` entries. Values are usually strings; accept any scalar. */
export const nameValueSchema = z.looseObject({
  name: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
});
export type NameValue = z.infer<typeof nameValueSchema>;

/** A nested object the dashboard shows but does not interpret (addresses, shipping lines, tax lines). */
export const opaqueObjectSchema = z.looseObject({});
