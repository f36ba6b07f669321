import "server-only";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createRechargeClient } from "./client";
import { RechargeError } from "./recharge-error";
import { delay, reply, startTestUpstream, type TestUpstream, type UpstreamHandler } from "./test-upstream";
import type { RequestEvent } from "./transport/types";

const TOKEN = "sk_live_SECRET_token_4f9a2c";
let upstream: TestUpstream | undefined;
afterEach(async () => upstream?.close());

/** Every way an error could be logged or sent somewhere. */
function renderings(error: RechargeError): string[] {
  return [
    error.message,
    String(error),
    JSON.stringify(error),
    error.stack ?? "",
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error.fieldErrors),
  ];
}

async function failWith(handler: UpstreamHandler, options: { timeoutMs?: number; closed?: boolean } = {}) {
  upstream = await startTestUpstream(handler);
  const events: RequestEvent[] = [];
  const client = createRechargeClient({
    baseUrl: upstream.url,
    token: TOKEN,
    limiter: { capacity: 1000, leakPerSecond: 1000 },
    retry: { baseDelayMs: 5, maxDelayMs: 5 },
    timeoutMs: options.timeoutMs,
    onRequest: (event) => events.push(event),
  });
  if (options.closed) await upstream.close();
  const error = await client.charges.refund(1, { full_refund: true }).then(
    () => expect.unreachable("expected a failure"),
    (thrown: unknown) => thrown as RechargeError,
  );
  expect(error).toBeInstanceOf(RechargeError);
  return { error, events, client };
}

describe("the token never leaks", () => {
  it.each<[string, UpstreamHandler, { timeoutMs?: number; closed?: boolean }?]>([
    ["an error body that echoes the token", (_req, res) => reply(res, 401, { error: `bad token ${TOKEN}` })],
    [
      "field errors that echo the token",
      (_req, res) => reply(res, 422, { errors: { [TOKEN]: [`${TOKEN} is wrong`] } }),
    ],
    ["a plain-text body echoing the token", (_req, res) => reply(res, 500, `upstream said ${TOKEN}`)],
    ["an unreadable 200", (_req, res) => reply(res, 200, `{"charge": "${TOKEN}"`)],
    ["a reset connection", (_req, res) => void res.socket?.destroy()],
    ["a timeout", async (_req, res) => void (await delay(500), reply(res, 200, {})), { timeoutMs: 50 }],
    ["a refused connection", (_req, res) => reply(res, 200, {}), { closed: true }],
  ])("not in the error for %s", async (_name, handler, options) => {
    const { error, events, client } = await failWith(handler, options);
    for (const text of renderings(error)) expect(text).not.toContain(TOKEN);
    expect(error.cause).toBeUndefined();
    expect(JSON.stringify(events)).not.toContain(TOKEN);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(TOKEN);
  });

  it("redacts an echoed token instead of dropping the message", async () => {
    const { error } = await failWith((_req, res) => reply(res, 401, { error: `bad token ${TOKEN}` }));
    expect(error.message).toBe("bad token [redacted]");
  });
});
