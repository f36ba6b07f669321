import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { ApiError } from "@/lib/api/errors";
import { fieldErrorsOf } from "@/lib/api/read-request";

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

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    throw new ApiError("validation_failed", "The webhook body is not valid JSON.", {
      body: ["must be valid JSON"],
    });
  }
}

/**
 * Reads a verified delivery: the topic from `X-Recharge-Topic`, the record from the envelope named
 * after the topic's resource (`charge/paid` → `{"charge": {...}}`). Anything else is a 422.
 */
export function parseDelivery(topicHeader: string | null, body: Buffer): WebhookEvent {
  const topic = topicSchema.safeParse(topicHeader ?? undefined);
  if (!topic.success) {
    throw new ApiError("validation_failed", "The webhook topic is not valid.", {
      "X-Recharge-Topic": topic.error.issues.map((issue) => issue.message),
    });
  }
  const resource = topic.data.split("/")[0]!;
  const envelope = z.looseObject({ [resource]: recordSchema }).safeParse(parseJson(body));
  if (!envelope.success) {
    throw new ApiError("validation_failed", "The webhook body is not valid.", fieldErrorsOf(envelope.error));
  }
  const record = envelope.data[resource] as z.infer<typeof recordSchema>;
  const updatedAt = record.updated_at ?? null;
  return {
    dedupeKey: dedupeKey(topic.data, record.id, updatedAt, body),
    topic: topic.data,
    resource,
    resourceId: record.id,
    updatedAt,
    customerId: record.customer_id ?? record.customer?.id ?? null,
    batchType: record.batch_type ?? null,
  };
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
