import "server-only";

/** The API version this client and its schemas are written against (recharge-api.md §1). */
export const RECHARGE_API_VERSION = "2021-11";

/**
 * Joins the base URL (which may carry a path prefix) with an API path and query. Only `http:` and
 * `https:` are accepted, and never credentials in the URL: the token travels in a header only.
 */
export function buildUrl(baseUrl: string, path: string, query?: URLSearchParams): URL {
  const base = new URL(baseUrl);
  const url = new URL(base.origin);
  url.pathname = `${base.pathname.replace(/\/+$/, "")}${path}`;
  const search = query?.toString();
  if (search) url.search = search;
  return url;
}

export function assertBaseUrl(baseUrl: string): void {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError("Recharge base URL is not an absolute URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new TypeError("Recharge base URL must be http(s)");
  if (url.username || url.password) throw new TypeError("Recharge base URL must not carry credentials");
}

/** Content-Type only accompanies a body; every call sends the token, the version and Accept. */
export function requestHeaders(token: string, hasBody: boolean): Record<string, string> {
  return {
    "X-Recharge-Access-Token": token,
    "X-Recharge-Version": RECHARGE_API_VERSION,
    Accept: "application/json",
    ...(hasBody ? { "Content-Type": "application/json" } : {}),
  };
}
