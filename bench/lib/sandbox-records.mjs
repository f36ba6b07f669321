// Reads straight from the sandbox with the read-only token (a bucket of its own, so these reads take
// nothing from the app's token): the records the page benchmarks open.
const HEADERS = { "X-Recharge-Access-Token": "sandbox_readonly_token", "X-Recharge-Version": "2021-11" };

/** The records of one Recharge list, e.g. `listDirect(url, "charges", "status=queued&limit=5")`. */
export async function listDirect(sandboxUrl, resource, query = "limit=1") {
  const response = await fetch(`${sandboxUrl}/${resource}?${query}`, { headers: HEADERS });
  if (!response.ok) throw new Error(`GET /${resource}?${query} → ${response.status}`);
  return (await response.json())[resource];
}

/** The id of the sandbox's newest customer: the customer page the page benchmarks load. */
export async function sampleCustomerId(sandboxUrl) {
  return (await listDirect(sandboxUrl, "customers"))[0].id;
}

/** One record id per detail page (null where the sandbox has none, e.g. no batch yet). */
export async function sampleRecordIds(sandboxUrl) {
  const first = async (resource) => (await listDirect(sandboxUrl, resource))[0]?.id ?? null;
  return {
    charge: await first("charges"),
    customer: await first("customers"),
    subscription: await first("subscriptions"),
    discount: await first("discounts"),
    batch: await first("async_batches"),
  };
}
