// Entry point for every HTTP request: parse the URL, read the body, then hand over to the control
// plane (/__sandbox/…) or the API pipeline.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { handleControlCall } from "../control/control-plane";
import { readBody } from "./body";
import { handleApiCall } from "./pipeline";
import { writeResponse } from "./respond";
import type { IncomingCall, SandboxRuntime } from "./runtime";

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function handleRequest(
  runtime: SandboxRuntime,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const requestId = randomUUID();
  try {
    const url = new URL(request.url ?? "/", "http://sandbox.invalid");
    const method = (request.method ?? "GET").toUpperCase();
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : url.pathname;
    const call: IncomingCall = {
      requestId,
      method,
      path,
      query: url.searchParams,
      rawBody: METHODS_WITH_BODY.has(method) ? await readBody(request) : "",
      startedAt: performance.now(),
      receivedAt: new Date().toISOString(),
    };
    if (path === "/__sandbox" || path.startsWith("/__sandbox/"))
      await handleControlCall(runtime, call, request, response);
    else await handleApiCall(runtime, call, request, response);
  } catch (error) {
    // Nothing a client sends may crash the sandbox; a bug answers 500 and is logged.
    console.error("[sandbox] request failed:", error);
    writeResponse(response, 500, { errors: "Internal Server Error" }, { "x-request-id": requestId });
  }
}
