import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { fieldErrorsOf, type FieldErrors } from "@/lib/schemas/field-errors";

/** What the dashboard keeps of one delivery: which record changed, never the record itself. */
export interface WebhookEvent {
  /** Equal for repeated deliveries of one event, different for any two events. */
  dedupeKey: string;
  topic: string;
  /** The topic's resource, e.g. `charge`; also the payload's envelope key. */
  resource: string;
  resourceId: string;
  /** The record's `updated_at` as Recharge sent it. */
  updatedAt: string | null;
  /** The customer the record belongs to, when the payload says: their views change too. */
  customerId: string | null;
  /** For `async_batch` events: which records the batch touched. */
  batchType: string | null;
}

const topicSchema = z
  .string({ error: "is required" })
  .max(100)
  .regex(/^[a-z_]+\/[a-z_]+$/, "must look like resource/event, e.g. charge/paid");

const idSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,20}$/)]).transform(String);
// Hints are optional: a shape we do not expect must not turn a genuine delivery away (Recharge would
// retry it for two days and then delete the webhook), so a bad hint is dropped instead.
const hint = <T extends z.ZodType>(schema: T) => schema.nullish().catch(undefined);

const recordSchema = z.looseObject({
  id: idSchema,
  updated_at: hint(z.string().max(64)),
  customer_id: hint(idSchema),
  customer: hint(z.looseObject({ id: idSchema })),
  batch_type: hint(z.string().max(64)),
});

/** A delivery read, or why it cannot be: the route answers 422 with these field messages. */
export type ParsedDelivery =
  { ok: true; event: WebhookEvent } | { ok: false; message: string; fields: FieldErrors };

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body.toString("utf8")) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Reads a verified delivery: the topic from `X-Recharge-Topic`, the record from the envelope named
 * after the topic's resource (`charge/paid` → `{"charge": {...}}`). Anything else is refused (a 422).
 */
export function parseDelivery(topicHeader: string | null, body: Buffer): ParsedDelivery {
  const topic = topicSchema.safeParse(topicHeader ?? undefined);
  if (!topic.success) {
    const messages = topic.error.issues.map((issue) => issue.message);
    return {
      ok: false,
      message: "The webhook topic is not valid.",
      fields: { "X-Recharge-Topic": messages },
    };
  }
  const json = parseJson(body);
  if (!json.ok) {
    return {
      ok: false,
      message: "The webhook body is not valid JSON.",
      fields: { body: ["must be valid JSON"] },
    };
  }
  const resource = topic.data.split("/")[0]!;
  const envelope = z.looseObject({ [resource]: recordSchema }).safeParse(json.value);
  if (!envelope.success) {
    return { ok: false, message: "The webhook body is not valid.", fields: fieldErrorsOf(envelope.error) };
  }
  const record = envelope.data[resource] as z.infer<typeof recordSchema>;
  const updatedAt = record.updated_at ?? null;
  const event: WebhookEvent = {
    dedupeKey: dedupeKey(topic.data, record.id, updatedAt, body),
    topic: topic.data,
    resource,
    resourceId: record.id,
    updatedAt,
    customerId: record.customer_id ?? record.customer?.id ?? null,
    batchType: record.batch_type ?? null,
  };
  return { ok: true, event };
}

/**
 * Recharge sends no delivery id, and a repeated delivery is the same bytes: topic + record id +
 * updated_at name the event, and the body's digest keeps apart two changes made within one second
 * (updated_at has whole seconds), which must both reach the browser.
 */
function dedupeKey(topic: string, id: string, updatedAt: string | null, body: Buffer): string {
  const digest = createHash("sha256").update(body).digest("hex");
  return `${topic}:${id}:${updatedAt ?? "-"}:${digest}`;
}
