// Writes an answer: JSON for objects, the text as-is for string bodies (faults may imitate a proxy's
// HTML error page), nothing for 204 or an undefined body.
import type { ServerResponse } from "node:http";
import { STATUS_CODES } from "node:http";

export function writeResponse(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>>,
): void {
  if (response.headersSent || response.destroyed) return;
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  if (status === 204 || body === undefined) {
    response.writeHead(status);
    response.end();
    return;
  }
  const isText = typeof body === "string";
  const payload = isText ? body : JSON.stringify(body);
  response.writeHead(status, {
    "content-type": isText ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
  });
  response.end(payload);
}

/** The body a status gets when a fault names none: the shapes of recharge-api.md §3. */
export function defaultBodyFor(status: number): unknown {
  switch (status) {
    case 204:
      return undefined;
    case 401:
      return { error: "bad authentication" };
    case 403:
      return { errors: "You do not have sufficient permissions (scopes) for this object" };
    case 404:
      return { errors: "Not Found" };
    case 409:
      return { error: "A call to this route is already in progress." };
    case 422:
      return { errors: { _schema: ["Unprocessable Entity"] } };
    case 429:
      return { errors: "Too Many Requests" };
    default:
      return status >= 400 ? { errors: STATUS_CODES[status] ?? "Error" } : {};
  }
}
