// npm run bench:js: what each measured page's first-load JS is made of, package by package, so a
// first-load budget is argued from facts. Builds a second copy of the app with browser source maps
// into .next-analyze (the real .next build is left alone), loads the pages `npm run bench` measures
// in Chromium, and shares each script's compressed bytes (as the network log reports them) among the
// sources its source map names, in proportion to the characters each one produced. Shares are
// estimates (gzip does not compress every part equally); the per-page totals are exact.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SourceMapConsumer } from "source-map-js";
import { ensureDependencies } from "../scripts/lib/dependencies.mjs";
import { step, stopAll } from "../scripts/lib/processes.mjs";
import { cookiesFor, launchBrowser } from "./lib/browser.mjs";
import { round } from "./lib/stats.mjs";
import { sampleCustomerId } from "./lib/sandbox-records.mjs";
import { BENCH_BUILD_ENV, signIn, startStack } from "./lib/servers.mjs";

const DIST_DIR = ".next-analyze";

/** Which part of the stack a source file belongs to (the rows of the printed table). */
export function partOf(source) {
  if (source.startsWith("turbopack:///[turbopack]")) return "Turbopack runtime";
  const inModules = source.split("node_modules/").at(-1);
  if (inModules === source) {
    const ours = source.match(/(?:^|\/)(app|components|lib)\//);
    return ours ? `ours: ${ours[1]}/` : "unmapped";
  }
  if (inModules.startsWith("next/dist/compiled/react-dom/")) return "react-dom";
  // lucide-react's source maps name its monorepo's own `shared` package.
  if (inModules.startsWith("shared/")) return "lucide-react";
  if (inModules.startsWith("next/")) return "Next.js runtime (with react, scheduler, RSC client)";
  const [scopeOrName, name] = inModules.split("/");
  return scopeOrName.startsWith("@") ? `${scopeOrName}/${name}` : scopeOrName;
}

/** Characters of generated code per source in one script, from its source map. */
function charactersBySource(code, map) {
  const lines = code.split("\n");
  const mappings = [];
  new SourceMapConsumer(map).eachMapping(
    (mapping) => mappings.push(mapping),
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const characters = new Map();
  const add = (source, count) => characters.set(source, (characters.get(source) ?? 0) + count);
  let mapped = 0;
  mappings.forEach((mapping, index) => {
    const next = mappings[index + 1];
    const end =
      next && next.generatedLine === mapping.generatedLine
        ? next.generatedColumn
        : lines[mapping.generatedLine - 1].length;
    const count = Math.max(0, end - mapping.generatedColumn);
    add(mapping.source ?? "unmapped", count);
    mapped += count;
  });
  add("unmapped", Math.max(0, code.length - mapped));
  return characters;
}

/** The scripts a cold load of `url` fetched, with their compressed sizes from the network. */
async function scriptsLoadedBy(browser, cookies, url) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname.endsWith(".js"))
      .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize })),
  );
  await context.close();
  return scripts;
}

/** kB per part of the stack for one page. */
function attribute(scripts) {
  const parts = new Map();
  for (const { path, bytes } of scripts) {
    const file = join(DIST_DIR, path.replace(/^\/_next\//, ""));
    const code = readFileSync(file, "utf8");
    const mapFile = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    const characters = mapFile
      ? charactersBySource(code, JSON.parse(readFileSync(join(file, "..", mapFile), "utf8")))
      : new Map([["unmapped", code.length]]);
    for (const [source, count] of characters) {
      const part = partOf(source);
      parts.set(part, (parts.get(part) ?? 0) + (bytes * count) / code.length);
    }
  }
  return parts;
}

async function main() {
  await ensureDependencies();
  // Set here too, so `next start` (startStack passes process.env on) serves the analysed copy.
  const analysed = { NEXT_DIST_DIR: DIST_DIR, NEXT_BROWSER_SOURCE_MAPS: "1" };
  Object.assign(process.env, analysed);
  await step(
    "Production build with browser source maps (next build → .next-analyze)",
    "npx",
    ["next", "build"],
    { env: { ...BENCH_BUILD_ENV, ...analysed } },
  );
  const stack = await startStack();
  const cookies = cookiesFor(await signIn(stack.appUrl), stack.appUrl);
  const customerId = await sampleCustomerId(stack.sandboxUrl);
  const browser = await launchBrowser();
  const results = {};
  for (const [name, path] of [
    ["/charges", "/charges"],
    ["/customers", "/customers"],
    ["/customers/[id]", `/customers/${customerId}`],
  ]) {
    const scripts = await scriptsLoadedBy(browser, cookies, `${stack.appUrl}${path}`);
    const parts = [...attribute(scripts)].sort((a, b) => b[1] - a[1]);
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    results[name] = { totalKb: round(total / 1024, 1), scripts: scripts.length, parts: {} };
    for (const [part, bytes] of parts) results[name].parts[part] = round(bytes / 1024, 1);
    console.log(`\n${name}: ${results[name].totalKb} kB compressed in ${scripts.length} scripts`);
    console.table(
      Object.fromEntries(
        parts
          .filter(([, bytes]) => bytes >= 100)
          .map(([part, bytes]) => [
            part,
            { kB: round(bytes / 1024, 1), share: `${round((100 * bytes) / total, 1)}%` },
          ]),
      ),
    );
  }
  await browser.close();
  writeFileSync("bench/js-attribution.json", `${JSON.stringify(results, null, 2)}\n`);
  console.log("\nWrote bench/js-attribution.json");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .then(() => stopAll(0))
    .catch((error) => {
      console.error(error);
      stopAll(1);
    });
}
