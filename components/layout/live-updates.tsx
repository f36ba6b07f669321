"use client";

import { useLiveEvents } from "@/lib/queries/use-live-events";

/**
 * Keeps every open view current with changes made in Recharge (webhooks → /api/events → exactly
 * the affected queries refetch). Mounted once, in the signed-in layout.
 */
export function LiveUpdates() {
  useLiveEvents();
  return null;
}
