// npm run sandbox: starts the Recharge sandbox from the environment and stops cleanly on SIGINT/SIGTERM.
import { parseSandboxEnv } from "./env";
import { startSandbox } from "./server";

async function main(): Promise<void> {
  const env = parseSandboxEnv(process.env);
  if (!env.ok) {
    console.error(`Recharge sandbox: invalid environment\n${env.problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  const started = performance.now();
  const sandbox = await startSandbox(env.options);
  const { seed, scale, counts } = sandbox.summary();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Recharge sandbox listening on ${sandbox.url} (seed ${seed}, scale ${scale}, ${counts.customers} customers, ` +
      `${counts.subscriptions} subscriptions, ${counts.charges} charges, ${counts.discounts} discounts; ready in ${seconds}s)`,
  );
  const stop = (signal: NodeJS.Signals) => {
    console.log(`Recharge sandbox: ${signal}, shutting down`);
    void sandbox.close().then(() => process.exit(0));
    // Never hang on shutdown: open keep-alive sockets are closed above, this is the backstop.
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    `Recharge sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
