// npm run bench:sandbox — start time, memory and list latency of the sandbox at scale 1 and 10.
// Each scale runs in its own child process so that memory figures are not mixed up.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startSandbox } from "./server";

interface CaseResult {
  name: string;
  p50: number;
  p95: number;
  serverP50: number;
  serverP95: number;
}
interface ScaleResult {
  scale: number;
  startMs: number;
  heapMb: number;
  rssMb: number;
  cases: CaseResult[];
}

const ITERATIONS = 150;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const round = (value: number) => Math.round(value * 100) / 100;

async function runScale(scale: number): Promise<ScaleResult> {
  const started = performance.now();
  const sandbox = await startSandbox({ port: 0, scale, bucketSize: 1e9 });
  const startMs = performance.now() - started;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const headers = { "x-recharge-access-token": "sandbox_admin_token", "x-recharge-version": "2021-11" };
  const get = async (path: string) => {
    const response = await fetch(`${sandbox.url}${path}`, { headers });
    if (response.status !== 200) throw new Error(`${path} → ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  };
  /** The cursor half-way through a full walk of `path` at limit 250. */
  const deepCursor = async (path: string) => {
    const cursors: string[] = [];
    let page = await get(path);
    while (typeof page.next_cursor === "string") {
      cursors.push(page.next_cursor);
      page = await get(`${path.split("?")[0]}?limit=250&cursor=${page.next_cursor}`);
    }
    return cursors[Math.floor(cursors.length / 2)] ?? "";
  };
  const someCustomer = ((await get("/customers?limit=1")).customers as { id: number }[])[0]?.id;
  const since = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
  const cases: [string, string][] = [
    ["customers, first page", "/customers?limit=250"],
    ["customers, created_at_min", `/customers?limit=250&created_at_min=${since}`],
    ["customers, deep cursor", `/customers?limit=250&cursor=${await deepCursor("/customers?limit=250")}`],
    ["subscriptions, first page", "/subscriptions?limit=250"],
    ["subscriptions, status=active", "/subscriptions?limit=250&status=active"],
    ["subscriptions, customer_id", `/subscriptions?limit=250&customer_id=${someCustomer}`],
    [
      "subscriptions, deep cursor",
      `/subscriptions?limit=250&cursor=${await deepCursor("/subscriptions?limit=250&sort_by=updated_at-asc")}`,
    ],
    ["charges, first page", "/charges?limit=250"],
    ["charges, status=queued by scheduled_at", "/charges?limit=250&status=queued&sort_by=scheduled_at-asc"],
    ["charges, oldest first (90-day rule)", "/charges?limit=250&sort_by=scheduled_at-asc"],
    [
      "charges, processed_at_min, by updated_at",
      `/charges?limit=250&processed_at_min=${since}&sort_by=updated_at-asc`,
    ],
    ["charges, status=error (sparse)", "/charges?limit=250&status=error"],
    ["charges, customer_id", `/charges?limit=250&customer_id=${someCustomer}`],
    ["charges, deep cursor", `/charges?limit=250&cursor=${await deepCursor("/charges?limit=250")}`],
  ];
  const results: CaseResult[] = [];
  for (const [name, path] of cases) {
    for (let i = 0; i < 15; i++) await get(path);
    await fetch(`${sandbox.url}/__sandbox/requests`, { method: "DELETE" });
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await get(path);
      times.push(performance.now() - t0);
    }
    const log = (await (await fetch(`${sandbox.url}/__sandbox/requests`)).json()) as {
      requests: { duration_ms: number }[];
    };
    const server = log.requests.map((r) => r.duration_ms);
    results.push({
      name,
      p50: round(percentile(times, 50)),
      p95: round(percentile(times, 95)),
      serverP50: round(percentile(server, 50)),
      serverP95: round(percentile(server, 95)),
    });
  }
  await sandbox.close();
  return {
    scale,
    startMs: Math.round(startMs),
    heapMb: Math.round(memory.heapUsed / 1e6),
    rssMb: Math.round(memory.rss / 1e6),
    cases: results,
  };
}

function runChild(scale: number): ScaleResult {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", self, "--child", String(scale)],
    { encoding: "utf8", maxBuffer: 10_000_000 },
  );
  if (child.status !== 0) throw new Error(`bench at scale ${scale} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as ScaleResult;
}

function print(results: ScaleResult[]): void {
  for (const r of results)
    console.log(`scale ${r.scale}: started in ${r.startMs} ms, heap ${r.heapMb} MB, RSS ${r.rssMb} MB`);
  console.log(
    "\n250-row list calls (ms; HTTP round trip measured by the client, server = handling time in the sandbox)",
  );
  console.log(
    `${"case".padEnd(42)}${"scale".padStart(6)}${"p50".padStart(8)}${"p95".padStart(8)}${"server p50".padStart(12)}${"server p95".padStart(12)}`,
  );
  for (const r of results) {
    for (const c of r.cases) {
      console.log(
        `${c.name.padEnd(42)}${String(r.scale).padStart(6)}${c.p50.toFixed(2).padStart(8)}${c.p95.toFixed(2).padStart(8)}${c.serverP50.toFixed(2).padStart(12)}${c.serverP95.toFixed(2).padStart(12)}`,
      );
    }
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) {
  void runScale(Number(process.argv[childAt + 1])).then((result) => console.log(JSON.stringify(result)));
} else {
  print([1, 10].map(runChild));
}
