// GET /api/events — which records changed upstream since a cursor (from Recharge webhooks), for live updates
import { parseOr422 } from "@/lib/api/read-request";
import { jsonResponse } from "@/lib/api/respond";
import { apiRoute } from "@/lib/api/route";
import { getDb } from "@/lib/db/client";
import { listWebhookEventsSince } from "@/lib/db/webhook-events";
import { EVENTS_PER_CALL } from "@/lib/schemas/events-limits";
import { eventsQuerySchema } from "@/lib/schemas/events-query";

export const GET = apiRoute({ permission: "records:read" }, async ({ request }) => {
  const query = parseOr422(eventsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const { events, cursor } = await listWebhookEventsSince(
    await getDb(),
    query.since ?? null,
    EVENTS_PER_CALL,
  );
  return jsonResponse({ data: events, cursor });
});
