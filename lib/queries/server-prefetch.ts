import "server-only";
import { QueryClient, dehydrate, type DehydratedState } from "@tanstack/react-query";
import { toListBody } from "@/lib/api/list-body";
import { readListQuery } from "@/lib/api/list-query";
import { resourceLists, type ListedResource } from "@/lib/api/resource-lists";
import { isClientNavigation } from "./client-navigation";
import { listQueryKey } from "./resource-queries";

/**
 * Renders a list's first screen on the server: loads the page the URL asks for through the same
 * code as `GET /api/<resource>` and hands it to react-query in the browser, so the table is there
 * with the first paint. A failure is left to the browser, which shows the error with Retry.
 */
export async function prefetchListPage(
  resource: ListedResource,
  queryString: string,
): Promise<DehydratedState> {
  const queryClient = new QueryClient();
  try {
    const page = await resourceLists[resource](readListQuery(`http://prefetch/?${queryString}`));
    queryClient.setQueryData(listQueryKey(resource, queryString), toListBody<unknown>(page));
  } catch {
    // Not cached: the browser's own request will fail or succeed visibly.
  }
  return dehydrate(queryClient);
}

/**
 * What a list page reads on the server before it renders: its first screen for a document load (so
 * the rows are in the first paint), nothing for a click inside the app. The browser then shows the
 * rows it already holds for that view, or the table's loading rows while it reads them, instead of
 * the whole page waiting on Recharge behind the click; and the page's rows are not read twice.
 */
export async function listPagePrefetch(
  resource: ListedResource,
  queryString: string,
): Promise<DehydratedState> {
  if (await isClientNavigation()) return dehydrate(new QueryClient());
  return prefetchListPage(resource, queryString);
}
