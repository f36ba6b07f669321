import "server-only";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { parseDelivery, type WebhookEvent } from "@/lib/webhooks/parse-delivery";
import {
  readSignatureHeaders,
  verifyWebhookSignature,
  type SignatureFailure,
} from "@/lib/webhooks/verify-signature";
import { ApiError } from "./errors";
import { readRawBody } from "./read-raw-body";
import { errorResponse, jsonResponse } from "./respond";

/** Recharge's payloads are single records; 1 MB is far above any of them. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

const failureMessages: Record<SignatureFailure, string> = {
  missing: "The webhook is not signed.",
  legacy_refused: "The webhook carries only the legacy signature, which is not accepted here.",
  malformed: "The webhook signature is malformed.",
  mismatch: "The webhook signature does not match.",
  stale: "The webhook timestamp is older than 48 hours.",
  future: "The webhook timestamp is in the future.",
};

/**
 * apiRoute's sibling for calls from Recharge, which carry a signature instead of a session: size
 * (413) → signature over the raw bytes (401) → payload (422) → handler → `{"data": …}` or the same
 * error envelope. The handler only ever sees a verified, parsed event. (A "public" flag on apiRoute
 * would make `operator` optional for every operator route; a separate gate keeps both strict.)
 */
export function webhookRoute(handler: (event: WebhookEvent) => Promise<unknown>) {
  const wrapped = async (request: Request): Promise<Response> => {
    try {
      const body = await readRawBody(request, MAX_WEBHOOK_BYTES);
      const check = verifyWebhookSignature({
        headers: readSignatureHeaders(request.headers),
        body,
        secret: serverEnv().RECHARGE_WEBHOOK_SECRET,
        nowSeconds: Math.floor(Date.now() / 1000),
        acceptLegacy: serverEnv().RECHARGE_WEBHOOK_LEGACY_SIGNATURES,
      });
      if (!check.ok) throw new ApiError("unauthenticated", failureMessages[check.reason]);
      const delivery = parseDelivery(request.headers.get("x-recharge-topic"), body);
      if (!delivery.ok) throw new ApiError("validation_failed", delivery.message, delivery.fields);
      return jsonResponse({ data: await handler(delivery.event) });
    } catch (error) {
      return errorResponse(error);
    }
  };
  // Read by the route inventory test: this route is guarded by a signature, not a permission.
  return Object.assign(wrapped, { authentication: "recharge-signature" as const });
}
