import "server-only";
import { QueryClient, dehydrate, type DehydratedState } from "@tanstack/react-query";
import { after } from "next/server";
import { readPulse } from "@/lib/use-cases/pulse/read-pulse";
import { pulseKeys } from "./pulse";

/**
 * The overview's tiles for its first paint, through the same code as `GET /api/pulse` (so opening
 * the overview refreshes a stale tile too, after the page has gone). A failure is left to the
 * browser, which shows it with Retry.
 */
export async function prefetchPulse(): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  try {
    queryClient.setQueryData(pulseKeys.all, await readPulse({ background: after }));
  } catch {
    // Not cached: the browser's own request will fail or succeed visibly.
  }
  return dehydrate(queryClient);
}
