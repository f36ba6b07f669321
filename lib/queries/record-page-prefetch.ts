import "server-only";
import { isClientNavigation } from "./client-navigation";
import type { DetailPrefetch } from "./server-prefetch-detail";

const NOTHING_PREFETCHED: DetailPrefetch = { found: true, state: { mutations: [], queries: [] } };

/**
 * What a record page reads on the server before it renders. A document load (a typed URL, a reload,
 * a shared link) waits for the read, so the page paints complete and an unknown id is a real 404. A
 * click inside the app does not wait on Recharge: the page renders at once, the browser shows the
 * record from the list row it already holds (`resourceQueries().seededDetail`) and reads it fresh,
 * and an unknown id shows the same not-found panel. That is what keeps opening a row within its
 * 150 ms budget at any upstream latency (issue #18; README "Benchmarks").
 */
export async function recordPagePrefetch(
  id: string,
  read: () => Promise<DetailPrefetch>,
): Promise<DetailPrefetch> {
  if (!/^\d{1,15}$/.test(id)) return { found: false };
  if (await isClientNavigation()) return NOTHING_PREFETCHED;
  return read();
}
