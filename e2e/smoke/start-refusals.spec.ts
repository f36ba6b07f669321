import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// The production server as the smoke run starts it (its whole environment is ours), with one change:
// it must exit without serving a request, naming the variable. Every rule has its unit test in
// lib/env/server-env.test.ts; this shows the built server applies them, and that it says nothing
// like "Ready" first (`next start` alone prints it before reading next.config.mjs: scripts/serve.mjs
// checks before starting it).

type Outcome = { code: number | null; output: string };

/** `npm run serve` in `env`; resolves when it exits, or fails the test if it answers a request. */
function startServer(env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", ["scripts/serve.mjs", "-p", "0"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let probed = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local:\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (!url || probed) return;
      probed = true;
      fetch(`${url}/login`).then(
        (response) => {
          child.kill("SIGKILL");
          reject(new Error(`the server answered ${response.status}:\n${output}`));
        },
        () => undefined, // refused or reset: it is not serving
      );
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** The variables the "Invalid environment" message lists, in order. */
const namedVariables = (output: string) => [...output.matchAll(/^ {2}- (\w+) /gm)].map((match) => match[1]);

test.describe("a production start with a bad environment", () => {
  test("DEMO_MODE=1 is refused, naming DEMO_MODE", async () => {
    const { code, output } = await startServer({ ...process.env, DEMO_MODE: "1" });
    expect(code).not.toBe(0);
    expect(output).toContain("Invalid environment");
    expect(output).not.toMatch(/Ready|Local:/);
    expect(namedVariables(output)).toEqual(["DEMO_MODE"]);
  });

  test("no DATABASE_URL is refused, naming DATABASE_URL", async () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const { code, output } = await startServer(env);
    expect(code).not.toBe(0);
    expect(output).not.toMatch(/Ready|Local:/);
    expect(namedVariables(output)).toEqual(["DATABASE_URL"]);
  });
});
