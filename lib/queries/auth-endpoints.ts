// The two next-auth endpoints the dashboard calls after sign-in, spoken directly: next-auth/react
// would add its whole client (and a provider) to every page for these two requests.

/** Refreshes the session cookie (its lifetime is the idle limit); false when the session has ended. */
export async function refreshSession(): Promise<boolean> {
  const response = await fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" });
  const session = (await response.json().catch(() => null)) as { operator?: unknown } | null;
  return Boolean(session?.operator);
}

/** Signs out (next-auth needs its CSRF token for that) and goes to the sign-in page. */
export async function signOutAndLeave(): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as {
    csrfToken: string;
  };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  // A full load, not a client navigation: nothing cached for the operator survives sign-out.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- on purpose, see above
  window.location.assign("/login");
}
