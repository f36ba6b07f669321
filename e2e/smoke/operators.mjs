// The operators the production smoke run creates with `npm run operator:create` — no demo operators
// exist outside demo mode — and its specs sign in as. Each run makes a fresh password
// (SMOKE_OPERATOR_PASSWORD). Plain ESM so that scripts/smoke-production.mjs can import it too.
export const smokeOperators = /** @type {const} */ ({
  admin: { email: "smoke-admin@example.com", name: "Sam Smoke", role: "admin" },
  agent: { email: "smoke-agent@example.com", name: "Ash Smoke", role: "agent" },
});

/** @param {keyof typeof smokeOperators} role */
export const smokeStorageState = (role) => `e2e/.auth/smoke-${role}.json`;

/** The password `npm run test:smoke` gave every smoke operator. */
export const smokePassword = () => process.env.SMOKE_OPERATOR_PASSWORD ?? "";
