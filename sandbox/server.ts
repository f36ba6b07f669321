// startSandbox(): a real HTTP sandbox on a port (0 = any free one), for `npm run sandbox`, Vitest and
// Playwright setups alike.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { REGENERATION_DELAY_MS } from "./domain/regeneration-queue";
import { Sandbox, type SandboxConfig } from "./sandbox";

export interface StartSandboxOptions {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  host?: string;
  seed?: number;
  scale?: number;
  batchRate?: number;
  bucketSize?: number;
  leakRate?: number;
  webhookSecret?: string;
  /** Set false to switch off /__sandbox/… (it is also off under NODE_ENV=production, see below). */
  controlPlane?: boolean;
  /** Delay of the charge regeneration after an update sent without commit=true. Default 5000 ms. */
  regenerationDelayMs?: number;
  /** Every API call takes at least this long (control-plane calls excepted). Default 0: off. */
  latencyMs?: number;
  /** Up to this much more per call, drawn uniformly. Default 0. */
  latencyJitterMs?: number;
}

export interface RunningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Seed, scale and record counts, for the start-up line. */
  summary(): { seed: number; scale: number; counts: Record<string, number> };
}

export const DEFAULT_WEBHOOK_SECRET = "sandbox_webhook_secret";

/**
 * The control plane can rewrite all data, so production refuses it unless explicitly asked for
 * with SANDBOX_CONTROL_PLANE=1.
 */
export function controlPlaneAllowed(
  requested: boolean | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (requested === false) return false;
  return env.NODE_ENV !== "production" || env.SANDBOX_CONTROL_PLANE === "1";
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const config: SandboxConfig = {
    seed: options.seed ?? 1,
    scale: options.scale ?? 1,
    batchRate: options.batchRate ?? 100,
    bucketSize: options.bucketSize ?? 40,
    leakRate: options.leakRate ?? 2,
    webhookSecret: options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET,
    controlPlane: controlPlaneAllowed(options.controlPlane),
    regenerationDelayMs: options.regenerationDelayMs ?? REGENERATION_DELAY_MS,
    latencyMs: options.latencyMs ?? 0,
    latencyJitterMs: options.latencyJitterMs ?? 0,
  };
  const sandbox = new Sandbox(config);
  const server = createServer((request, response) => void sandbox.handle(request, response));
  // Past any pause a client makes between calls: a connection the server closes just as a client
  // reuses it is a "socket hang up" for that client (seen in e2e after a spec held a read for 6 s).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    summary: () => ({
      seed: sandbox.store.seed,
      scale: sandbox.store.scale,
      counts: {
        customers: sandbox.store.customers.size,
        subscriptions: sandbox.store.subscriptions.size,
        charges: sandbox.store.charges.size,
        discounts: sandbox.store.discounts.size,
      },
    }),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        sandbox.close();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
