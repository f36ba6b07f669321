// Three app instances against one sandbox with Recharge's real bucket (40, draining 2/s), all with the
// same token, so they share one bucket, as several Vercel functions share a store's: each exports
// every charge (scale 1, ~27 pages of 250) while a person clicks through lists on it, all at once.
// Budget: no 429 at the sandbox, every export complete and identical to a direct walk of the sandbox
// (lib/matches-sandbox.mjs: before and after, as charges age out of the 90-day window).
import { walkChargesDirect } from "./lib/charge-walk.mjs";
import { runExport } from "./lib/export-stream.mjs";
import { matchesSandbox } from "./lib/matches-sandbox.mjs";
import { PERSON_THINK_MS, startPerson } from "./lib/person.mjs";
import { clearRequestLog, loggedRequests } from "./lib/sandbox-control.mjs";
import { signIn, startApp, startSandbox } from "./lib/servers.mjs";
import { percentile, round } from "./lib/stats.mjs";

const INSTANCES = 3;
const BUCKET = { bucketSize: 40, leakRate: 2, scale: 1 };
const QUERY = "sort_by=id-desc";

/** What one instance did: its export as judged against the direct walks, and its person's waits. */
function instanceFigure(exported, person, before, after) {
  if (exported.missing || exported.refused)
    return { outcome: exported.missing ? "route missing" : `refused ${exported.refused.status}` };
  return {
    outcome: exported.end?.outcome ?? "no end line",
    rows: exported.ids.length,
    pages: exported.pages.length,
    seconds: round(exported.seconds, 1),
    identical:
      new Set(exported.ids).size === exported.ids.length && matchesSandbox(exported.ids, before, after),
    personCalls: person.calls,
    personP95Ms: person.p95Ms,
    personFailures: person.failures.length,
  };
}

async function runAll(apps, sandboxUrl) {
  const before = await walkChargesDirect({ sandboxUrl }, QUERY);
  await clearRequestLog(sandboxUrl);
  const persons = apps.map((app) => startPerson(app));
  const exports = await Promise.all(apps.map((app) => runExport(app, { resource: "charges", query: QUERY })));
  const personFigures = await Promise.all(persons.map((person) => person.stop()));
  // Read before the walk after, whose read-only calls are not the app's anyway.
  const logged = (await loggedRequests(sandboxUrl)).filter((request) => request.token === "admin");
  const after = await walkChargesDirect({ sandboxUrl }, QUERY);
  if (before.failures.length || after.failures.length)
    throw new Error(`direct walk failed: ${JSON.stringify([...before.failures, ...after.failures])}`);
  const personSamples = personFigures.map((person) => person.p95Ms).filter((value) => value !== null);
  return {
    instances: exports.map((exported, index) =>
      instanceFigure(exported, personFigures[index], before.ids, after.ids),
    ),
    sandboxRowsBefore: before.ids.length,
    sandboxRowsAfter: after.ids.length,
    upstream: {
      requests: logged.length,
      status429: logged.filter((request) => request.status === 429).length,
      otherNon200: logged.filter((request) => ![200, 429].includes(request.status)).length,
    },
    worstPersonP95Ms: personSamples.length ? round(percentile(personSamples, 100), 0) : null,
  };
}

export async function measureInstances() {
  const name = `${INSTANCES} instances, one sandbox (bucket 40, 2/s, scale 1): an export of every charge and a person (reading ${PERSON_THINK_MS / 1000} s a page) on each`;
  const sandbox = await startSandbox(BUCKET);
  const apps = [];
  try {
    for (let i = 0; i < INSTANCES; i++) {
      const app = await startApp({ sandboxUrl: sandbox.url, ...BUCKET, name: `app${i + 1}` });
      apps.push({ ...app, appUrl: app.url, cookie: await signIn(app.url) });
    }
    const figure = await runAll(apps, sandbox.url);
    const everyExportRight = figure.instances.every(
      (instance) => instance.outcome === "complete" && instance.identical && instance.personFailures === 0,
    );
    return {
      name,
      ...figure,
      budget: { status429: 0, exportsComplete: true, identicalToDirectWalk: true },
      withinBudget: figure.upstream.status429 === 0 && everyExportRight,
    };
  } finally {
    for (const app of apps) await app.stop();
    await sandbox.stop();
  }
}
