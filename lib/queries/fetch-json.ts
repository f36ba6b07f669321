import { ApiClientError } from "./api-error";

interface Envelope {
  error?: { code?: string; message?: string; fields?: Record<string, string[]>; requestId?: string };
}

/** Calls the BFF and returns its JSON, or throws ApiClientError with the server's code and message. */
export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: "same-origin",
      headers: { Accept: "application/json", ...init.headers },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError(0, "network_error", "The server could not be reached.");
  }
  const body = (await response.json().catch(() => null)) as (T & Envelope) | null;
  if (!response.ok) {
    const problem = body?.error;
    if (response.status === 401 && typeof window !== "undefined") {
      // The session ended: a full navigation to sign-in (dropping cached data), then back here.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- outside React, on purpose
      window.location.assign(
        `/login?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`,
      );
    }
    throw new ApiClientError(
      response.status,
      problem?.code ?? "unknown",
      problem?.message ?? `The server answered ${response.status}.`,
      problem?.fields,
      problem?.requestId,
    );
  }
  return body as T;
}
