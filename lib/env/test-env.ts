// For Vitest files that import server modules reading the environment (route handlers, auth): a
// demo environment with an in-memory PGlite, so each test file starts from an empty database. Call
// it before those modules are imported (the tests import them with `await import(...)` after it).
export function setInMemoryDemoEnv(extra: Record<string, string> = {}): void {
  Object.assign(process.env, {
    DEMO_MODE: "1",
    RECHARGE_API_URL: "http://127.0.0.1:4010",
    RECHARGE_API_TOKEN: "test-token",
    PGLITE_DATA_DIR: "memory://",
    ...extra,
  });
}
