// Each figure's own tables, printed as it is measured (the summary at the end sets them beside their
// budgets). One function per figure, named as run.mjs keys them.
const within = (figure) => (figure.withinBudget ? "within" : "OVER");

export function overhead(o) {
  console.log(o.name);
  console.table({
    "via app (gzip)": o.viaApp,
    "via app (identity)": o.viaAppIdentity,
    direct: o.direct,
    "overhead (gzip)": o.overhead,
    "overhead (identity)": o.overheadIdentity,
    "floor: Next route + session (/api/me − trivial Node)": o.routeAndSessionFloor,
  });
  console.log("identity overhead by rows (p50):", o.identityByRows);
  console.log(`budget, identity: p50 ≤ ${o.budget.p50} ms, p95 ≤ ${o.budget.p95} ms: ${within(o)}`);
}

export function throughput(t) {
  console.log(t.name);
  console.table({ "via app": t.viaApp, direct: t.direct });
  console.log(`app/direct req/s: ${t.ratioAppToDirect}; budget: zero errors: ${within(t)}`);
}

export function pages(p) {
  console.log(p.name);
  console.table(p.pages);
  console.table({ "Next click, not prefetched": p.nextClickNotPrefetched });
  console.log(`budgets LCP ≤ 1 s, CLS ≤ 0.02: ${within(p)}`);
}

export function batches(b) {
  console.log(b.name);
  console.table({ "browser check": b.check, "10,000-task batch": b.run });
  console.log(`budget: parse + validate 10,000 rows < 1 s: ${within(b)}`);
}

export function firstLoadJs(j) {
  console.log(j.name);
  console.table(j.pages);
  console.log(
    `largest: ${j.largestPage} ${j.largestKb} kB; budget ≤ ${j.budget.kb} kB on every page: ${within(j)}`,
  );
}

export function latency(l) {
  console.log(l.name);
  console.table(
    Object.fromEntries(
      l.levels.map((level) => [
        `${level.latencyMs} ms (+≤${level.jitterMs})`,
        {
          "LCP /charges": level.lcpMs,
          TTFB: level.ttfbMs,
          FCP: level.fcpMs,
          Next: level.next.medianMs,
          "open: heading": level.openHeading.medianMs,
          "open: content": level.openRecord.medianMs,
          Back: level.back.medianMs,
          action: level.action.medianMs,
          "action p95": level.action.p95Ms,
        },
      ]),
    ),
  );
  console.log(`budgets per latency (LCP, Next, open a row): ${within(l)}`);
}

export function fitness(f) {
  console.log(f.name);
  console.table(f.walk);
  console.table(f.upstream);
  if (f.failures.length) console.table(f.failures);
  console.log(
    `budget: no non-200 to the caller, ≥ ${f.budget.sustainedRequestsPerSecond} req/s after the burst: ${within(f)}`,
  );
}

export function exportPace(e) {
  console.log(e.name);
  if (e.error) return console.log(`not measured: ${e.error}`);
  console.table(e.export);
  console.table(e.upstream);
  console.table({ person: { ...e.person, failures: e.person.failures.length } });
  if (e.person.failures.length) console.table(e.person.failures);
  console.log(`budgets: ${JSON.stringify(e.budget)}: ${within(e)}`);
}

export function instances(i) {
  console.log(i.name);
  console.table(i.instances);
  console.table({ upstream: i.upstream });
  console.log(
    `sandbox rows before/after: ${i.sandboxRowsBefore}/${i.sandboxRowsAfter}; budget: 0 × 429, every export complete and identical: ${within(i)}`,
  );
}

export function overview(o) {
  console.table({ "cold (no snapshot yet)": o.cold, "warm (fresh snapshots)": o.warm });
  console.log(
    `cold refresh: ${o.coldRefresh.ms} ms, ${o.coldRefresh.upstreamCalls} upstream calls ${JSON.stringify(o.coldRefresh.byPath)}; warm loads walked ${o.warmListCalls} list pages`,
  );
}
