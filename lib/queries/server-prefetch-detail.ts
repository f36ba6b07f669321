import "server-only";
import { QueryClient, dehydrate, type DehydratedState } from "@tanstack/react-query";
import { resourceDetails, type DetailResource } from "@/lib/api/resource-details";
import { RechargeError } from "@/lib/recharge/recharge-error";

export type DetailPrefetch =
  | { found: true; state: DehydratedState }
  /** Recharge has no such record (or the id cannot be one): the page calls notFound(). */
  | { found: false };

/**
 * Loads one record on the server through the same code as `GET /api/<resource>/{id}` and hands it
 * to react-query (key `[resource, "detail", id]`), so the detail page renders with the first paint.
 * Other failures are left to the browser, which shows the error with Retry.
 */
export async function prefetchDetail(resource: DetailResource, id: string): Promise<DetailPrefetch> {
  if (!/^\d{1,15}$/.test(id)) return { found: false };
  const queryClient = new QueryClient();
  try {
    const record = await resourceDetails[resource](Number(id));
    queryClient.setQueryData([resource, "detail", id], record);
  } catch (error) {
    if (error instanceof RechargeError && error.kind === "http" && error.status === 404)
      return { found: false };
  }
  return { found: true, state: dehydrate(queryClient) };
}
