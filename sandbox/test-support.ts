// Helpers for the sandbox's contract tests: a real sandbox on a random port and a small JSON client.
import { createServer } from "node:http";
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from "./server";

export const ADMIN = "sandbox_admin_token";
export const READONLY = "sandbox_readonly_token";

export interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is instead of JSON.stringify(body). */
  rawBody?: string;
  token?: string | null;
  version?: string | null;
  headers?: Record<string, string>;
}

export interface TestSandbox {
  sandbox: RunningSandbox;
  url: string;
  /** An API call with the admin token and version 2021-11 unless told otherwise. */
  api<T = unknown>(method: string, path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  /** A control-plane call (no token). */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

async function call<T>(url: string, method: string, options: CallOptions): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== null) headers["x-recharge-access-token"] = options.token ?? ADMIN;
  if (options.version !== null) headers["x-recharge-version"] = options.version ?? "2021-11";
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

/** Big enough that only the rate-limit tests ever meet the bucket. */
export const UNLIMITED_BUCKET = 1_000_000;

export async function startTestSandbox(options: StartSandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startSandbox({ port: 0, scale: 0.1, bucketSize: UNLIMITED_BUCKET, ...options });
  return {
    sandbox,
    url: sandbox.url,
    api: (method, path, options = {}) => call(`${sandbox.url}${path}`, method, options),
    control: (method, path, body) =>
      call(`${sandbox.url}${path}`, method, { body, token: null, version: null }),
    close: () => sandbox.close(),
  };
}

/** Polls `check` until it returns a value (not undefined) or the deadline passes. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A list page as the API prints it. */
export type ListPage<K extends string, T> = {
  next_cursor: string | null;
  previous_cursor: string | null;
} & Record<K, T[]>;

/** Every row of a list, following next_cursor (limit 250). `key` is the envelope key when it differs. */
export async function listAll<T>(t: TestSandbox, resource: string, query = "", key = resource): Promise<T[]> {
  const rows: T[] = [];
  let path = `/${resource}?limit=250${query ? `&${query}` : ""}`;
  for (;;) {
    const page = await t.api<ListPage<string, T>>("GET", path);
    if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}: ${page.text}`);
    rows.push(...(page.body[key] ?? []));
    if (!page.body.next_cursor) return rows;
    path = `/${resource}?limit=250&cursor=${page.body.next_cursor}`;
  }
}

/** Money string → cents, for arithmetic checks. */
export function cents(value: string): number {
  return Math.round(Number(value) * 100);
}

export interface WebhookDelivery {
  topic: string;
  body: Record<string, unknown>;
}

export interface WebhookReceiver {
  url: string;
  deliveries: WebhookDelivery[];
  /** Registers the receiver for each topic on the test sandbox. */
  listen(t: TestSandbox, topics: readonly string[]): Promise<void>;
  /** The deliveries of `topic` whose record (the envelope's only value) has this id, once one arrived. */
  delivered(topic: string, id: number): Promise<WebhookDelivery[]>;
  close(): Promise<void>;
}

/** A local HTTP server that answers 200 to every webhook delivery and keeps them, parsed. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const deliveries: WebhookDelivery[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const topic = String(request.headers["x-recharge-topic"]);
      deliveries.push({
        topic,
        body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>,
      });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/hooks`;
  const recordId = (delivery: WebhookDelivery) =>
    (Object.values(delivery.body)[0] as { id?: number } | undefined)?.id;
  return {
    url,
    deliveries,
    async listen(t, topics) {
      for (const topic of topics) {
        const res = await t.api("POST", "/webhooks", { body: { address: url, topic } });
        if (res.status !== 201) throw new Error(`webhook ${topic} refused: ${res.text}`);
      }
    },
    delivered: (topic, id) =>
      eventually(async () => {
        const found = deliveries.filter((d) => d.topic === topic && recordId(d) === id);
        return found.length > 0 ? found : undefined;
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
