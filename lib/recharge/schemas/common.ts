import "server-only";
import { z } from "zod";
import type { OpenEnum } from "@/lib/schemas/recharge-enums";

// Building blocks shared by the Recharge object schemas (recharge-api.md §1). Objects use
// `z.looseObject`: the fields the dashboard uses are checked, every other field passes through
// untouched, so the UI gets Recharge's objects as Recharge sent them and new upstream fields never
// break a parse.
//
// Two kinds of block: strict ones for what we send (and for ids, which go into URLs), and tolerant
// `read*` ones for what Recharge sends back (the tolerant reader of recharge-api.md): unknown enum
// values are kept, documented fields may be missing or null. The one transformation is money read
// as a number, which becomes the decimal string every other amount is.

/** Recharge ids are integers. */
export const rechargeIdSchema = z.number().int().nonnegative();

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Money we send: always a decimal string, e.g. "29.20" (sign allowed for adjustments). */
export const moneySchema = z.string().regex(DECIMAL, "must be a decimal string");

/**
 * Money Recharge sends: 2021-11 promises decimal strings, older shapes and discount references carry
 * numbers (`"value": 10`). A number becomes its decimal string, so `lib/money` and the formatters see
 * one type; a value that is neither (NaN, "12,50", 1e21) fails, which drops the record rather than
 * showing a wrong amount.
 */
export const readMoneySchema = z
  .union([z.string().regex(DECIMAL, "must be a decimal string"), z.number()])
  .transform((value) => String(value))
  .pipe(z.string().regex(DECIMAL, "must be a decimal amount"));

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

/**
 * A date or timestamp Recharge sends, only ever shown: any text, missing or null. The formatters
 * show what they cannot parse as sent, so an odd format costs one cell, never the record.
 */
export const readTimeSchema = z.string().nullish();

/** Text Recharge may omit or null: shown as "—". */
export const readTextSchema = z.string().nullish();

/** A flag Recharge may omit or null: shown as "—", never guessed as false. */
export const readFlagSchema = z.boolean().nullish();

/** A count Recharge may omit or null. */
export const readCountSchema = z.number().int().nonnegative().nullish();

/**
 * An enum Recharge sends: any string, typed as the known values or the raw one. The UI switches
 * over the known values and shows anything else as sent (filters still offer only the known ones).
 */
export function openEnumSchema<Known extends string>() {
  return z.string().transform((value): OpenEnum<Known> => value);
}

/** `{"ecommerce": "5213433266347"}`: external ids are strings inside an object. */
export const externalIdSchema = z.looseObject({ ecommerce: z.string().nullish() });
export type ExternalId = z.infer<typeof externalIdSchema>;

/** `properties` / `order_attributes` entries. Values are usually strings; accept any scalar. */
export const nameValueSchema = z.looseObject({
  name: z.string().nullish(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullish(),
});
export type NameValue = z.infer<typeof nameValueSchema>;

/** A nested object the dashboard shows but does not interpret (addresses, shipping lines, tax lines). */
export const opaqueObjectSchema = z.looseObject({});

/** A documented list Recharge may omit or null: read as empty, so the UI has one case. */
export function readListSchema<Item extends z.ZodType>(item: Item) {
  return z
    .array(item)
    .nullish()
    .transform((items): z.output<Item>[] => items ?? []);
}
