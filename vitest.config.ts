import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside a React Server environment; tests run server code directly.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "sandbox/**/*.test.ts",
      "components/**/*.test.ts",
      "app/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    // The Postgres driver's tests need a server: `npm test` starts one and sets TEST_DATABASE_URL.
    exclude: ["**/node_modules/**", ...(process.env.TEST_DATABASE_URL ? [] : ["**/*.postgres.test.ts"])],
    environment: "node",
    // The first test of a file that uses the database opens a fresh in-memory PGlite (initdb in
    // WASM): ~5 s on a quiet 2-core machine, past 20 s in a run beside a busy process. A bound on a
    // hung test, not a timing check.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
