// Runs once when a server instance starts: opens the database and applies migrations (and, in demo
// mode, seeds the demo operators) before the first request, so sign-in never waits on set-up.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/lib/db/client");
  await getDb();
}
