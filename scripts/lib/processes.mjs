// Child-process helpers for the start and test scripts: run a step, start a long-lived service,
// wait until it answers, and stop every service on exit or Ctrl-C.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and throws when it fails, naming the step. */
export async function step(name, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, options);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}, ${seconds}s)`);
  console.log(`✓ ${name} (${seconds}s)`);
}

const services = [];

const stoppedOnPurpose = new WeakSet();

/**
 * Starts a long-running process whose output is prefixed with its name. By default its unexpected
 * exit stops everything (`npm start`); `exitStopsAll: false` leaves that to the caller (test runs,
 * where a dead service fails the tests and the run goes on to report them).
 */
export function startService(name, command, args, options = {}) {
  const { quiet = false, exitStopsAll = true, ...spawnOptions } = options;
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...spawnOptions });
  const prefix = (stream, target) =>
    stream.on("data", (chunk) => {
      for (const line of chunk.toString().split("\n")) if (line.trim()) target.write(`[${name}] ${line}\n`);
    });
  if (!quiet) prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on("exit", (code, signal) => {
    if (stoppedOnPurpose.has(child)) return;
    if (!exitStopsAll) console.error(`[${name}] exited (${signal ?? code}).`);
    else if (!stopping) {
      console.error(`[${name}] exited (${signal ?? code}); stopping everything.`);
      stopAll(1);
    }
  });
  services.push(child);
  return child;
}

let stopping = false;

/** Stops one service (its whole process group) and resolves once it has exited. */
export function stopService(child) {
  stoppedOnPurpose.add(child);
  const index = services.indexOf(child);
  if (index >= 0) services.splice(index, 1);
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    // The group leader (npx, a shell) may be gone while what it started still runs.
    signal("SIGTERM");
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    // A service that ignores SIGTERM must not hang the run.
    const kill = setTimeout(() => signal("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    signal("SIGTERM");
  });
}

/** Stops every service (their whole process groups) and exits. */
export function stopAll(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of services) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(exitCode), 500).unref();
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stopAll(0));

/** Polls a URL until it answers (any HTTP status) or the timeout passes. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}
