import { findExistingIds } from "@/lib/batches/existing-ids";
import { fetchJson } from "@/lib/queries/fetch-json";
import type { ListPage } from "@/lib/queries/list-page";

/**
 * Which of these discount ids exist in Recharge: asked through the BFF's list route, 250 ids per
 * request, so update and delete rows that name a missing discount are caught before submitting.
 */
export function checkDiscountIds(
  ids: readonly number[],
  onProgress: (checked: number) => void,
): Promise<Set<number>> {
  return findExistingIds(
    ids,
    async (chunk) => {
      const query = new URLSearchParams({ ids: chunk.join(","), limit: "250" });
      const page = await fetchJson<ListPage<{ id: number }>>(`/api/discounts?${query}`);
      return page.data.map((discount) => discount.id);
    },
    onProgress,
  );
}
