// One API request, in Recharge's order of checks: faults → token (401) → rate limit (429) → version
// (426) → route (404/405) → version support (501) → scopes (403) → body (415/400) → handler.
// Every answer carries X-Request-Id, plus x-recharge-version and X-Recharge-Limit when they apply.
// With SANDBOX_LATENCY_MS, half a call's delay comes before all of this and half before the answer.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { ApiResult } from "../domain/result";
import { actionApiRoutes } from "../routes/action-routes";
import { batchApiRoutes } from "../routes/batch-routes";
import { readApiRoutes } from "../routes/read-routes";
import { updateApiRoutes } from "../routes/update-routes";
import type { ApiRoute } from "../routes/route-types";
import { webhookApiRoutes } from "../routes/webhook-routes";
import { parseJsonBody } from "./body";
import type { IncomingCall, SandboxRuntime } from "./runtime";
import { defaultBodyFor, writeResponse } from "./respond";
import { Router } from "./router";
import { TOKENS, hasScopes } from "./tokens";
import { CURRENT_VERSION, notImplementedBody, resolveVersion, unsupportedVersionBody } from "./versions";

const router = new Router<ApiRoute>([
  ...readApiRoutes,
  ...actionApiRoutes,
  ...updateApiRoutes,
  ...batchApiRoutes,
  ...webhookApiRoutes,
]);
const FORBIDDEN = { errors: "You do not have sufficient permissions (scopes) for this object" };

export async function handleApiCall(
  runtime: SandboxRuntime,
  call: IncomingCall,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const headerValue = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const tokenValue = headerValue("x-recharge-access-token")?.trim() ?? "";
  const token = TOKENS.get(tokenValue);
  const version = resolveVersion(headerValue("x-recharge-version"));
  const headers: Record<string, string> = { "x-request-id": call.requestId };
  if (version.ok) headers["x-recharge-version"] = version.version;
  let faultId: number | null = null;
  const delay = runtime.latency.draw();
  const finish = async (result: ApiResult, extra: Record<string, string> = {}) => {
    if (delay.outboundMs > 0) await sleep(delay.outboundMs);
    writeResponse(response, result.status, result.body, { ...headers, ...extra });
    runtime.record(call, result.status, token?.label ?? null, faultId);
  };
  if (delay.inboundMs > 0) await sleep(delay.inboundMs);

  const fault = runtime.faults.take(call.method, call.path, call.query);
  if (fault) {
    faultId = fault.id;
    if (fault.delay_ms) await sleep(fault.delay_ms);
    if (fault.drop) {
      request.socket.destroy();
      runtime.record(call, 0, token?.label ?? null, faultId);
      return;
    }
    if (fault.status !== undefined) {
      if (token) headers["x-recharge-limit"] = limitHeader(runtime.limiter.peek(tokenValue));
      return finish(
        { status: fault.status, body: fault.body ?? defaultBodyFor(fault.status) },
        fault.headers,
      );
    }
  }

  if (!token) return finish({ status: 401, body: { error: "bad authentication" } });
  const bucket = runtime.limiter.take(tokenValue);
  headers["x-recharge-limit"] = limitHeader(bucket);
  if (!bucket.allowed) return finish({ status: 429, body: { errors: "Too Many Requests" } });
  if (!version.ok) return finish({ status: 426, body: unsupportedVersionBody(version.requested) });

  const match = router.match(call.method, call.path);
  if (match.kind === "none") return finish({ status: 404, body: { errors: "Not Found" } });
  if (match.kind === "method") {
    return finish(
      { status: 405, body: { errors: "Method Not Allowed" } },
      { allow: match.allowed.join(", ") },
    );
  }
  const { route, params } = match;
  if (version.version !== CURRENT_VERSION && !route.legacy)
    return finish({ status: 501, body: notImplementedBody(version.version) });
  if (!hasScopes(token, route.scopes)) return finish({ status: 403, body: FORBIDDEN });

  let body: unknown = {};
  if (call.method === "POST" || call.method === "PUT") {
    if (call.rawBody === null) return finish({ status: 413, body: { errors: "Request body too large" } });
    const parsed = parseJsonBody(call.rawBody, headerValue("content-type"));
    if (!parsed.ok) return finish(parsed.result);
    body = parsed.value;
  }
  let result: ApiResult;
  try {
    result = route.handler({ services: runtime, params, query: call.query, body, token });
  } catch (error) {
    console.error(`[sandbox] ${call.method} ${call.path} failed:`, error);
    result = { status: 500, body: { errors: "Internal Server Error" } };
  }
  return finish(result);
}

function limitHeader(reading: { used: number; size: number }): string {
  return `${reading.used}/${reading.size}`;
}
