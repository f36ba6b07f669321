// `npm run sandbox`: environment validation and the process's start-up line and clean shutdown.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSandboxEnv } from "./env";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));

describe("parseSandboxEnv", () => {
  it("defaults to port 4010, seed 1, scale 1, 100 tasks/s, a 40-request bucket draining 2/s", () => {
    expect(parseSandboxEnv({})).toEqual({
      ok: true,
      options: {
        port: 4010,
        host: "127.0.0.1",
        seed: 1,
        scale: 1,
        batchRate: 100,
        bucketSize: 40,
        leakRate: 2,
        webhookSecret: "sandbox_webhook_secret",
        latencyMs: 0,
        latencyJitterMs: 0,
      },
    });
  });

  it("reads every variable", () => {
    const env = {
      SANDBOX_PORT: "0",
      SANDBOX_SEED: "9",
      SANDBOX_SCALE: "0.5",
      SANDBOX_BATCH_RATE: "10",
      SANDBOX_BUCKET_SIZE: "5",
      SANDBOX_LEAK_RATE: "1",
      SANDBOX_WEBHOOK_SECRET: "s",
      SANDBOX_LATENCY_MS: "120",
      SANDBOX_LATENCY_JITTER_MS: "30",
    };
    expect(parseSandboxEnv(env)).toMatchObject({
      ok: true,
      options: {
        port: 0,
        seed: 9,
        scale: 0.5,
        batchRate: 10,
        bucketSize: 5,
        leakRate: 1,
        webhookSecret: "s",
        latencyMs: 120,
        latencyJitterMs: 30,
      },
    });
  });

  it("gives SANDBOX_LATENCY_MS alone a jitter of half the base", () => {
    expect(parseSandboxEnv({ SANDBOX_LATENCY_MS: "100" })).toMatchObject({
      ok: true,
      options: { latencyMs: 100, latencyJitterMs: 50 },
    });
  });

  it.each([
    ["SANDBOX_PORT", "70000"],
    ["SANDBOX_PORT", "http"],
    ["SANDBOX_SEED", "-1"],
    ["SANDBOX_SCALE", "0"],
    ["SANDBOX_BATCH_RATE", "fast"],
    ["SANDBOX_BUCKET_SIZE", "2.5"],
    ["SANDBOX_LEAK_RATE", "0"],
    ["SANDBOX_LATENCY_MS", "-5"],
    ["SANDBOX_LATENCY_JITTER_MS", "slow"],
  ])("names %s=%s in its complaint", (name, value) => {
    const result = parseSandboxEnv({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join("\n")).toMatch(new RegExp(`^${name}: `));
  });
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe("main.ts", () => {
  it("prints one listening line, serves, and exits 0 on SIGTERM", async () => {
    const proc = run({ SANDBOX_PORT: "0", SANDBOX_SCALE: "0.05", SANDBOX_SEED: "3" });
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match =
          /Recharge sandbox listening on (http:\/\/127\.0\.0\.1:\d+) \(seed 3, scale 0\.05, 100 customers.*\)/.exec(
            proc.output(),
          );
        if (match) {
          clearInterval(timer);
          resolve(match[1] as string);
        }
      }, 50);
      void proc.exited.then(() => reject(new Error(`exited early: ${proc.output()}`)));
    });
    const res = await fetch(`${line}/token_information`, {
      headers: { "x-recharge-access-token": "sandbox_admin_token" },
    });
    expect(res.status).toBe(200);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
  });

  it("stops with exit code 1 and names a bad variable", async () => {
    const proc = run({ SANDBOX_SCALE: "lots" });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toMatch(/SANDBOX_SCALE: must be a number/);
  });
});
