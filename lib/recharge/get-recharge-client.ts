import "server-only";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { createRechargeClient, type RechargeClient } from "./client";

let client: RechargeClient | undefined;

/**
 * The app's Recharge client, created on first use from the validated environment
 * (RECHARGE_API_URL, RECHARGE_API_TOKEN). One per process, so every route handler shares one
 * rate limiter for the one token, as Recharge's bucket is per token.
 */
export function getRechargeClient(): RechargeClient {
  if (!client) {
    const env = serverEnv();
    client = createRechargeClient({
      baseUrl: env.RECHARGE_API_URL,
      token: env.RECHARGE_API_TOKEN,
      limiter: { capacity: env.RECHARGE_BUCKET_SIZE, leakPerSecond: env.RECHARGE_LEAK_RATE },
    });
  }
  return client;
}
