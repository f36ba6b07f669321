// The environment of `npm run sandbox`, validated with zod: a bad value stops start-up with a message
// naming the variable.
import { z } from "zod";
import { MAX_SCALE } from "./control/control-plane";
import { DEFAULT_WEBHOOK_SECRET, type StartSandboxOptions } from "./server";

const blankAsUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const number = (rule: z.ZodNumber, fallback: number) =>
  z.preprocess(blankAsUndefined, z.coerce.number({ error: "must be a number" }).pipe(rule).default(fallback));

const latencyRule = z
  .number()
  .int("must be an integer")
  .min(0, "must be 0..60000")
  .max(60_000, "must be 0..60000");

const envSchema = z.object({
  SANDBOX_PORT: number(
    z.number().int("must be an integer").min(0, "must be 0..65535").max(65_535, "must be 0..65535"),
    4010,
  ),
  SANDBOX_HOST: z.preprocess(blankAsUndefined, z.string().default("127.0.0.1")),
  SANDBOX_SEED: number(
    z
      .number()
      .int("must be an integer")
      .min(0, "must be ≥ 0")
      .max(2 ** 32 - 1, "must be < 2^32"),
    1,
  ),
  SANDBOX_SCALE: number(z.number().positive("must be > 0").max(MAX_SCALE, `must be ≤ ${MAX_SCALE}`), 1),
  SANDBOX_BATCH_RATE: number(z.number().positive("must be > 0").max(100_000, "must be ≤ 100000"), 100),
  SANDBOX_BUCKET_SIZE: number(z.number().int("must be an integer").min(1, "must be ≥ 1"), 40),
  SANDBOX_LEAK_RATE: number(z.number().positive("must be > 0"), 2),
  SANDBOX_WEBHOOK_SECRET: z.preprocess(blankAsUndefined, z.string().default(DEFAULT_WEBHOOK_SECRET)),
  SANDBOX_LATENCY_MS: number(latencyRule, 0),
  // Unset: half the base, so SANDBOX_LATENCY_MS=100 alone gives calls of 100–150 ms.
  SANDBOX_LATENCY_JITTER_MS: z.preprocess(
    blankAsUndefined,
    z.coerce.number({ error: "must be a number" }).pipe(latencyRule).optional(),
  ),
});

export type SandboxEnv = z.output<typeof envSchema>;

/** Options for startSandbox, or the list of problems ("SANDBOX_PORT: must be 0..65535"). */
export function parseSandboxEnv(
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; options: StartSandboxOptions } | { ok: false; problems: string[] } {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    };
  }
  const e = parsed.data;
  return {
    ok: true,
    options: {
      port: e.SANDBOX_PORT,
      host: e.SANDBOX_HOST,
      seed: e.SANDBOX_SEED,
      scale: e.SANDBOX_SCALE,
      batchRate: e.SANDBOX_BATCH_RATE,
      bucketSize: e.SANDBOX_BUCKET_SIZE,
      leakRate: e.SANDBOX_LEAK_RATE,
      webhookSecret: e.SANDBOX_WEBHOOK_SECRET,
      latencyMs: e.SANDBOX_LATENCY_MS,
      latencyJitterMs: e.SANDBOX_LATENCY_JITTER_MS ?? Math.round(e.SANDBOX_LATENCY_MS / 2),
    },
  };
}
