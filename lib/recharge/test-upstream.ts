import "server-only";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

// Test-only: a tiny real HTTP server standing in for Recharge, so the transport is exercised
// through Node's real fetch (sockets, keep-alive, aborts) instead of a mocked function.

export interface RecordedRequest {
  method: string;
  /** Path with query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Which TCP connection carried it (1-based, in order of connection). */
  connection: number;
}

export type UpstreamHandler = (
  request: RecordedRequest,
  response: ServerResponse,
  index: number,
) => void | Promise<void>;

export interface TestUpstream {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startTestUpstream(handler: UpstreamHandler): Promise<TestUpstream> {
  const requests: RecordedRequest[] = [];
  const socketIds = new WeakMap<Socket, number>();
  let connections = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        connection: socketIds.get(req.socket) ?? 0,
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res, requests.length - 1)).catch(() => res.destroy());
    });
  });
  server.on("connection", (socket: Socket) => socketIds.set(socket, (connections += 1)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers JSON (or raw text when `body` is a string) with optional extra headers. */
export function reply(
  response: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(text);
}

/** Resolves after `ms`; for handlers that answer late. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A minimal valid Recharge charge, for answers the schema must accept. */
export function chargeFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: 101,
    address_id: 11,
    billing_address: null,
    created_at: "2024-01-01T00:00:00+00:00",
    currency: "USD",
    customer: { id: 1, email: "a@example.com", external_customer_id: { ecommerce: "9" }, hash: "abc" },
    discounts: [],
    error: null,
    error_type: null,
    external_order_id: { ecommerce: null },
    line_items: [],
    merged_at: null,
    note: null,
    orders_count: 0,
    processed_at: null,
    retry_date: null,
    scheduled_at: "2024-02-01",
    shipping_address: null,
    shipping_lines: [],
    status: "queued",
    subtotal_price: "10.00",
    tags: "",
    tax_lines: [],
    taxes_included: false,
    total_discounts: "0.00",
    total_line_items_price: "10.00",
    total_price: "10.00",
    total_refunds: "0.00",
    total_tax: "0.00",
    type: "recurring",
    updated_at: "2024-01-01T00:00:00",
    ...overrides,
  };
}
