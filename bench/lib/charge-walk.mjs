// Walks every charge page by page, sequentially, as a client that does not retry: the first non-200
// ends the walk (a failed page has no cursor to go on from) and is reported with the pages before it.
import { performance } from "node:perf_hooks";

const PAGE_SIZE = 250;

async function walk(firstUrl, nextUrl, headers, read, { waitOn429 = false } = {}) {
  const ids = [];
  const failures = [];
  let pages = 0;
  let url = firstUrl;
  const started = performance.now();
  while (url) {
    const response = await fetch(url, { headers }).catch((error) => ({ status: 0, error }));
    if (waitOn429 && response.status === 429) {
      // A reference walk only (its own token's bucket): wait for a slot and ask again.
      await response.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 600));
      continue;
    }
    if (response.status !== 200) {
      // Status 0: no answer at all (connection refused or reset).
      const body = response.error ? String(response.error) : await response.text();
      failures.push({ page: pages + 1, status: response.status, body: body.slice(0, 200) });
      break;
    }
    const { rows, cursor } = read(await response.json());
    pages += 1;
    for (const row of rows) ids.push(row.id);
    url = cursor ? nextUrl(cursor) : null;
  }
  return { pages, ids, failures, seconds: (performance.now() - started) / 1000 };
}

/** Through the BFF, as the charges table pages: `?limit=250`, then `?cursor=<nextCursor>&limit=250`. */
export function walkChargesViaApp({ appUrl, cookie }) {
  return walk(
    `${appUrl}/api/charges?limit=${PAGE_SIZE}`,
    (cursor) => `${appUrl}/api/charges?${new URLSearchParams({ cursor, limit: String(PAGE_SIZE) })}`,
    { Cookie: cookie },
    (body) => ({ rows: body.data, cursor: body.nextCursor }),
  );
}

/**
 * Straight from the sandbox, as the reference, with the list's filters and sort (`query`, e.g.
 * "sort_by=id-desc"). The read-only token has a bucket of its own (buckets are per token), so this
 * walk takes nothing from the app's token; past its 40-request burst it waits for a slot on a 429
 * (logged under the read-only token, never counted against the app).
 */
export function walkChargesDirect({ sandboxUrl }, query = "") {
  return walk(
    `${sandboxUrl}/charges?${query ? `${query}&` : ""}limit=${PAGE_SIZE}`,
    (cursor) => `${sandboxUrl}/charges?${new URLSearchParams({ cursor, limit: String(PAGE_SIZE) })}`,
    { "X-Recharge-Access-Token": "sandbox_readonly_token", "X-Recharge-Version": "2021-11" },
    (body) => ({ rows: body.charges, cursor: body.next_cursor }),
    { waitOn429: true },
  );
}
