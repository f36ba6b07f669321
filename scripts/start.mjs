// npm start: install what is missing, build when stale, start the sandbox and the dashboard in demo
// mode, print where to go and how to sign in. Ctrl-C stops everything.
import { buildIfStale } from "./lib/build.mjs";
import { ensureDependencies } from "./lib/dependencies.mjs";
import { APP_PORT, SANDBOX_PORT, demoEnv } from "./lib/demo-env.mjs";
import { startService, stopAll, waitForHttp } from "./lib/processes.mjs";

async function main() {
  await ensureDependencies();
  const env = demoEnv();
  await buildIfStale(env);

  startService("sandbox", "npx", ["tsx", "sandbox/main.ts"], {
    env: { ...env, SANDBOX_PORT, NODE_ENV: "development" },
  });
  await waitForHttp(`http://127.0.0.1:${SANDBOX_PORT}/`);
  // The sandbox keeps webhooks in memory: register the app's on every start, for live updates.
  // Imported here, not above: it needs zod, which may only now have been installed.
  const { assertAllRegistered, registerWebhooks } = await import("./register-webhooks.mjs");
  const webhooks = await registerWebhooks({
    apiUrl: env.RECHARGE_API_URL,
    token: env.RECHARGE_API_TOKEN,
    appUrl: `http://localhost:${APP_PORT}`,
  });
  assertAllRegistered(webhooks);
  console.log(`Webhooks: ${webhooks.created.length} registered for ${webhooks.address}`);

  startService("app", "node", ["scripts/serve.mjs", "-p", APP_PORT], { env });
  await waitForHttp(`http://localhost:${APP_PORT}/login`);

  console.log(`
  Recharge operator dashboard is running (demo mode, against the sandbox on 127.0.0.1:${SANDBOX_PORT})

    Open      http://localhost:${APP_PORT}
    Sign in   admin@example.com   (admin: everything, incl. refunds, process, batches, audit log)
              agent@example.com   (agent: skip, unskip, next charge date, cancel, reactivate)
              viewer@example.com  (viewer: read only)
    Password  demo-password

  Press Ctrl-C to stop.
`);
}

main().catch((error) => {
  console.error(`\n✗ ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});
