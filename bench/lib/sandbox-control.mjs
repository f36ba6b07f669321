// The sandbox's control plane (sandbox/README.md): what it received, as the upstream saw it. Its
// own calls are neither rate limited nor logged, so reading the log does not disturb a measurement.

/** Forgets every request logged so far. */
export async function clearRequestLog(sandboxUrl) {
  const response = await fetch(`${sandboxUrl}/__sandbox/requests`, { method: "DELETE" });
  if (!response.ok) throw new Error(`clearing the sandbox request log → ${response.status}`);
}

/**
 * Requests the sandbox received (oldest first, the last 10,000), e.g. `{ method: "GET", path:
 * "/charges" }`; both filters optional (none: every API call).
 */
export async function loggedRequests(sandboxUrl, { method, path } = {}) {
  const query = new URLSearchParams({ ...(method ? { method } : {}), ...(path ? { path } : {}) });
  const response = await fetch(`${sandboxUrl}/__sandbox/requests?${query}`);
  if (!response.ok) throw new Error(`reading the sandbox request log → ${response.status}`);
  return (await response.json()).requests;
}
