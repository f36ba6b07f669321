// npm run webhooks:register: makes sure Recharge (or the sandbox) sends the dashboard every webhook
// topic that live updates need. Lists the store's webhooks and creates only the missing ones, so it is
// safe to run again; webhooks of other integrations are never touched.
// Env: RECHARGE_API_URL (default Recharge), RECHARGE_API_TOKEN, and the app's public URL as
// `--app-url <url>` or NEXTAUTH_URL.
import { pathToFileURL } from "node:url";
import { z } from "zod";

/**
 * The topics that change what the dashboard shows. Every one is a topic Recharge documents
 * (../shared/recharge-docs/api-reference-2021-11.txt: the "Webhook topics" column of the resource
 * table and the "Webhooks explained" tables; `async_batch/processed` is named in its "Async batch
 * Endpoints" section, step 4). Recharge has no charge-skipped topic and no discount topics: a skip
 * fires `subscription/skipped` for each subscription skipped within the charge, and discounts change only
 * through this dashboard (its own mutations refresh them) or batches (`async_batch/processed`).
 */
export const WEBHOOK_TOPICS = [
  "address/created",
  "address/updated",
  "charge/created",
  "charge/deleted",
  "charge/failed",
  "charge/paid",
  "charge/refunded",
  "charge/uncaptured",
  "charge/updated",
  "customer/updated",
  "order/created",
  "subscription/activated",
  "subscription/cancelled",
  "subscription/created",
  "subscription/deleted",
  "subscription/paused",
  "subscription/skipped",
  "subscription/unskipped",
  "subscription/updated",
  "async_batch/processed",
];

export const WEBHOOK_PATH = "/api/webhooks/recharge";

const optionsSchema = z.object({
  apiUrl: z.url({ message: "RECHARGE_API_URL must be an absolute URL" }),
  token: z.string({ message: "RECHARGE_API_TOKEN is required" }).min(1, "RECHARGE_API_TOKEN is required"),
  appUrl: z.url({ protocol: /^https?$/, message: "the app URL (--app-url or NEXTAUTH_URL) must be http(s)" }),
});
const webhookListSchema = z.object({
  webhooks: z.array(z.object({ id: z.number(), address: z.string(), topic: z.string() })),
  next_cursor: z.string().nullish(),
});

/** A Recharge call; errors name the method, path, status and Recharge's message, never the token. */
async function call(options, method, path, body) {
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await fetch(new URL(path, options.apiUrl), {
        method,
        headers: {
          "X-Recharge-Access-Token": options.token,
          "X-Recharge-Version": "2021-11",
          ...(body ? { "Content-Type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        redirect: "error",
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      // `npm start` may call this while the sandbox is still binding its port. Only reads are
      // retried: a POST that timed out may have created its webhook.
      if (method === "GET" && attempt < 20) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        continue;
      }
      throw new Error(`${method} ${path} failed: ${error instanceof Error ? error.message : error}`);
    }
    if (response.status === 429 && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
      continue;
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : {};
  }
}

/** Every webhook of the store, following cursors. */
async function listWebhooks(options) {
  const webhooks = [];
  let path = "/webhooks?limit=250";
  while (path) {
    const page = webhookListSchema.parse(await call(options, "GET", path));
    webhooks.push(...page.webhooks);
    path = page.next_cursor ? `/webhooks?limit=250&cursor=${encodeURIComponent(page.next_cursor)}` : null;
  }
  return webhooks;
}

/**
 * Creates the webhooks of WEBHOOK_TOPICS that do not exist yet for `<appUrl>/api/webhooks/recharge`.
 * A topic Recharge refuses does not stop the others: each topic's outcome is returned, and `failed`
 * names the refused ones with Recharge's answer (the caller decides whether that is fatal).
 * @param {{ apiUrl: string, token: string, appUrl: string }} input
 * @returns {Promise<{ address: string, created: string[], existing: string[], failed: { topic: string, error: string }[] }>}
 */
export async function registerWebhooks(input) {
  const options = optionsSchema.parse(input);
  const address = new URL(WEBHOOK_PATH, options.appUrl).toString();
  const present = new Set(
    (await listWebhooks(options)).filter((hook) => hook.address === address).map((hook) => hook.topic),
  );
  const created = [];
  const failed = [];
  for (const topic of WEBHOOK_TOPICS.filter((topic) => !present.has(topic))) {
    try {
      await call(options, "POST", "/webhooks", { address, topic });
      created.push(topic);
    } catch (error) {
      failed.push({ topic, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { address, created, existing: WEBHOOK_TOPICS.filter((topic) => present.has(topic)), failed };
}

/** Throws naming every refused topic; for callers that cannot run without live updates. */
export function assertAllRegistered(result) {
  if (result.failed.length === 0) return;
  throw new Error(
    `Recharge refused ${result.failed.length} webhook topic(s): ${result.failed.map((f) => f.topic).join(", ")}`,
  );
}

function appUrlArgument(argv) {
  const index = argv.indexOf("--app-url");
  return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith("--app-url="))?.slice(10);
}

async function main() {
  const result = await registerWebhooks({
    apiUrl: process.env.RECHARGE_API_URL || "https://api.rechargeapps.com",
    token: process.env.RECHARGE_API_TOKEN,
    appUrl: appUrlArgument(process.argv.slice(2)) ?? process.env.NEXTAUTH_URL,
  });
  console.log(`Webhooks for ${result.address}:`);
  for (const topic of WEBHOOK_TOPICS) {
    const failure = result.failed.find((entry) => entry.topic === topic);
    const outcome = failure
      ? `✗ refused: ${failure.error}`
      : result.created.includes(topic)
        ? "created"
        : "already there";
    console.log(`  ${topic.padEnd(24)} ${outcome}`);
  }
  console.log(
    `${result.created.length} created, ${result.existing.length} already there, ${result.failed.length} refused.`,
  );
  assertAllRegistered(result);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error) => {
    const message =
      error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join("; ") : error.message;
    console.error(`✗ Webhook registration failed: ${message}`);
    process.exit(1);
  });
}
