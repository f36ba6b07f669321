// /__sandbox/… — test and demo control, no token, loopback clients only, off when disabled:
// reset, faults, the request log and a summary.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { created, noContent, notFound, ok, type ApiResult } from "../domain/result";
import { parseInput } from "../domain/validation";
import { parseJsonBody } from "../http/body";
import { writeResponse } from "../http/respond";
import type { IncomingCall, SandboxRuntime } from "../http/runtime";
import { faultInput } from "./faults";

export const MAX_SCALE = 20;

const resetBody = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  scale: z.number().positive().max(MAX_SCALE).optional(),
});

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 (what a dual-stack socket reports). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4.startsWith("127.") || address === "::1";
}

export function summaryOf(runtime: SandboxRuntime) {
  const { store } = runtime;
  return {
    seed: store.seed,
    scale: store.scale,
    counts: {
      customers: store.customers.size,
      addresses: store.addresses.size,
      subscriptions: store.subscriptions.size,
      charges: store.charges.size,
      orders: store.orders.size,
      discounts: store.discounts.size,
      async_batches: store.batches.size,
      webhooks: store.webhooks.size,
    },
  };
}

function route(runtime: SandboxRuntime, call: IncomingCall, body: unknown): ApiResult {
  const key = `${call.method} ${call.path}`;
  switch (key) {
    case "GET /__sandbox":
      return ok(summaryOf(runtime));
    case "POST /__sandbox/reset": {
      const parsed = parseInput(resetBody, body);
      if (!parsed.ok) return parsed.result;
      runtime.reset(parsed.data.seed ?? runtime.store.seed, parsed.data.scale ?? runtime.store.scale);
      return ok(summaryOf(runtime));
    }
    case "GET /__sandbox/faults":
      return ok({ faults: runtime.faults.list() });
    case "POST /__sandbox/faults": {
      const parsed = parseInput(faultInput, body);
      return parsed.ok ? created({ fault: runtime.faults.add(parsed.data) }) : parsed.result;
    }
    case "DELETE /__sandbox/faults":
      runtime.faults.clear(runtime.store.seed);
      return noContent();
    case "GET /__sandbox/requests":
      return ok({
        requests: runtime.log.list({ method: call.query.get("method"), path: call.query.get("path") }),
      });
    case "DELETE /__sandbox/requests":
      runtime.log.clear();
      return noContent();
    default: {
      const faultId = /^DELETE \/__sandbox\/faults\/(\d+)$/.exec(key)?.[1];
      if (faultId) return runtime.faults.remove(Number(faultId)) ? noContent() : notFound();
      return notFound();
    }
  }
}

export async function handleControlCall(
  runtime: SandboxRuntime,
  call: IncomingCall,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const headers = { "x-request-id": call.requestId };
  if (!runtime.controlPlane) return writeResponse(response, 404, { errors: "Not Found" }, headers);
  if (!isLoopbackAddress(request.socket.remoteAddress)) {
    return writeResponse(
      response,
      403,
      { errors: "The sandbox control plane only answers loopback clients" },
      headers,
    );
  }
  let body: unknown = {};
  if (call.method === "POST") {
    const parsed = parseJsonBody(call.rawBody ?? "", request.headers["content-type"]);
    if (!parsed.ok) return writeResponse(response, parsed.result.status, parsed.result.body, headers);
    body = parsed.value;
  }
  const result = route(runtime, call, body);
  writeResponse(response, result.status, result.body, headers);
}
