// The environment of the production smoke run: what the README's "Deploy to Vercel" section tells a
// deployer to set, with fresh random secrets, and nothing of the demo or test set-up inherited from
// the shell (or from `npm test`, which runs in demo mode).
import { randomBytes } from "node:crypto";

/** Variables that configure the app, its sandbox or the e2e run: never inherited. */
const OWN_VARIABLES =
  /^(NODE_ENV|DEMO_MODE|DATABASE_URL|TEST_DATABASE_URL|PGLITE_DATA_DIR|SKIP_ENV_VALIDATION|PORT|E2E_APP_PORT|(RECHARGE|NEXTAUTH|SANDBOX)_.*)$/;

const secret = (prefix) => `${prefix}-${randomBytes(24).toString("base64url")}`;

/**
 * @param {{ appPort: number, sandboxUrl: string, databaseUrl: string }} where
 * @returns {Record<string, string>}
 */
export function productionEnv({ appPort, sandboxUrl, databaseUrl }) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name, value]) => value !== undefined && !OWN_VARIABLES.test(name)),
  );
  return {
    ...inherited,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    // The sandbox stands in for Recharge: only the URL and the token differ (design.md). The env
    // check refuses neither a loopback URL nor a sandbox token in production: a wrong one fails on
    // the first call, and a check by value could only list known strings.
    RECHARGE_API_URL: sandboxUrl,
    RECHARGE_API_TOKEN: "sandbox_admin_token",
    NEXTAUTH_URL: `http://localhost:${appPort}`,
    NEXTAUTH_SECRET: secret("smoke"),
    // Not the sandbox's public default: the sandbox is started with this one (SANDBOX_WEBHOOK_SECRET).
    RECHARGE_WEBHOOK_SECRET: secret("smoke-whsec"),
  };
}
