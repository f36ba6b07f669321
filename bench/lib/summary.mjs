// The one table `npm run bench` ends with: each figure of issue #18 (and the older ones) beside its
// budget, from this run. A figure that could not be measured says why instead of a number.

const verdict = (within) =>
  within === null ? "—" : within === "missing" ? "MISSING" : within ? "within" : "OVER";

function row(figure, measured, budget, within) {
  return { figure, measured, budget, verdict: verdict(within) };
}

/** A figure's measurement failed or was not run: one row saying so. */
const failed = (figure, reason) => row(figure, `not measured: ${reason}`, "", "missing");

const ms = (value) => (value === null || value === undefined ? "?" : `${value} ms`);

function firstLoadJsRows(js) {
  if (!js || js.error) return [failed("First-load JS, largest page", js?.error ?? "skipped")];
  return [
    row(
      `First-load JS, largest page (${js.largestPage})`,
      `${js.largestKb} kB (${Object.values(js.pages).filter((page) => page.kB > js.budget.kb).length} of ${Object.keys(js.pages).length} pages over)`,
      `≤ ${js.budget.kb} kB`,
      js.withinBudget,
    ),
  ];
}

function overheadRows(o) {
  if (!o || o.error) return [failed("BFF overhead", o?.error ?? "skipped")];
  const { p50, p95 } = o.budget;
  return [
    row(
      "BFF overhead p50, identity (gzip beside)",
      `${ms(o.overheadIdentity.p50)} (gzip ${ms(o.overhead.p50)})`,
      `≤ ${p50} ms`,
      o.overheadIdentity.p50 <= p50,
    ),
    row(
      "BFF overhead p95, identity (gzip beside)",
      `${ms(o.overheadIdentity.p95)} (gzip ${ms(o.overhead.p95)})`,
      `≤ ${p95} ms`,
      o.overheadIdentity.p95 <= p95,
    ),
    row(
      "BFF overhead p50, identity, at 1 row + per row",
      `${ms(o.identityByRows.p50At1Row)} + ${o.identityByRows.msPerRow} ms/row`,
      "",
      null,
    ),
  ];
}

function latencyRows(latency) {
  if (!latency || latency.error) return [failed("Latency figures", latency?.error ?? "skipped")];
  return latency.levels.flatMap((level) => {
    const at = `@ ${level.latencyMs} ms${level.jitterMs ? ` (+≤${level.jitterMs})` : ""}`;
    const { budget } = level;
    return [
      row(
        `LCP /charges ${at}`,
        `${ms(level.lcpMs)} (TTFB ${level.ttfbMs})`,
        `≤ ${budget.lcpMs} ms`,
        level.lcpMs <= budget.lcpMs,
      ),
      row(
        `Next on /charges ${at}`,
        ms(level.next.medianMs),
        `≤ ${budget.nextMs} ms`,
        level.next.medianMs <= budget.nextMs,
      ),
      row(
        `Open a row: heading (content) ${at}`,
        `${ms(level.openHeading.medianMs)} (${level.openRecord.medianMs})`,
        `≤ ${budget.openMs} ms`,
        level.openHeading.medianMs <= budget.openMs,
      ),
      row(`Back to the list ${at}`, ms(level.back.medianMs), "", null),
      row(`Action round trip, skip/unskip dialog ${at}`, ms(level.action.medianMs), "", null),
    ];
  });
}

function exportRows(e) {
  if (!e || e.error) return [failed("Export pace", e?.error ?? "skipped")];
  const { budget } = e;
  return [
    row(
      "Export: outcome, rows (ids in order)",
      `${e.export.outcome}, ${e.export.rows} rows${e.export.idsInOrder ? "" : " (ids NOT in order)"}`,
      "complete",
      e.export.outcome === "complete" && e.export.idsInOrder,
    ),
    row(
      "Export pace from page 2: calls/s (upstream: export + person)",
      `${e.export.callsPerSecond} (${e.upstream.exportCallsPerSecond} + ${e.upstream.personCallsPerSecond})`,
      `≥ ${budget.callsPerSecond}`,
      e.export.callsPerSecond >= budget.callsPerSecond,
    ),
    row(
      "Export pace from page 2: rows/s",
      String(e.export.rowsPerSecond),
      `≥ ${budget.rowsPerSecond}`,
      e.export.rowsPerSecond >= budget.rowsPerSecond,
    ),
    row(
      `Person's p95 during the export (${e.person.calls} calls)`,
      `${ms(e.person.p95Ms)}${e.person.failures.length ? `, ${e.person.failures.length} failed` : ""}`,
      `≤ ${budget.personP95Ms} ms`,
      e.person.p95Ms <= budget.personP95Ms && e.person.failures.length === 0,
    ),
    row(
      "429s at the sandbox during the export",
      String(e.upstream.status429),
      "0",
      e.upstream.status429 === 0,
    ),
  ];
}

function instancesRows(i) {
  if (!i || i.error) return [failed("Three instances", i?.error ?? "skipped")];
  const right = i.instances.filter((instance) => instance.outcome === "complete" && instance.identical);
  return [
    row("3 instances: 429s at the sandbox", String(i.upstream.status429), "0", i.upstream.status429 === 0),
    row(
      "3 instances: exports complete and identical to a direct walk",
      `${right.length} of ${i.instances.length} (${i.instances.map((instance) => instance.outcome).join(", ")})`,
      `${i.instances.length} of ${i.instances.length}`,
      i.instances.some((instance) => instance.outcome === "route missing")
        ? "missing"
        : right.length === i.instances.length,
    ),
    row("3 instances: worst person p95", ms(i.worstPersonP95Ms), "", null),
  ];
}

function otherRows({ throughput, pages, batches, fitness }) {
  const rows = [];
  if (throughput && !throughput.error)
    rows.push(
      row(
        "Throughput via the app, req/s (errors)",
        `${throughput.viaApp.requestsPerSecond} (${throughput.viaApp.connectionErrors + throughput.viaApp.timeouts + throughput.viaApp.non2xx})`,
        "0 errors",
        throughput.withinBudget,
      ),
    );
  else rows.push(failed("Throughput", throughput?.error ?? "skipped"));
  if (pages && !pages.error) {
    for (const [name, page] of Object.entries(pages.pages))
      rows.push(
        row(
          `LCP ${name} @ 0 ms (CLS)`,
          `${ms(page.lcpMs)} (${page.cls})`,
          "≤ 1000 ms, CLS ≤ 0.02",
          page.lcpMs <= 1000 && page.cls <= 0.02,
        ),
      );
  } else rows.push(failed("Pages", pages?.error ?? "skipped"));
  if (batches && !batches.error)
    rows.push(
      row(
        "Batch check, 10,000 rows in the browser",
        ms(batches.check.workerMedianMs),
        "≤ 1000 ms",
        batches.withinBudget,
      ),
    );
  else rows.push(failed("Batches", batches?.error ?? "skipped"));
  if (fitness && !fitness.error)
    rows.push(
      row(
        "Rate-limit fitness: sustained req/s (caller non-200)",
        `${fitness.upstream.sustainedRequestsPerSecond} (${fitness.walk.callerNon200})`,
        `≥ ${fitness.budget.sustainedRequestsPerSecond} (0)`,
        fitness.withinBudget,
      ),
    );
  else rows.push(failed("Rate-limit fitness", fitness?.error ?? "skipped"));
  return rows;
}

function overviewRows(o) {
  if (!o || o.error) return [failed("Overview (pulse)", o?.error ?? "skipped")];
  return [
    row(
      "Overview LCP, snapshot cold",
      ms(o.cold.lcpMs),
      `≤ ${o.budget.lcpMs} ms`,
      o.cold.lcpMs <= o.budget.lcpMs,
    ),
    row(
      "Overview LCP, snapshot warm",
      ms(o.warm.lcpMs),
      `≤ ${o.budget.lcpMs} ms`,
      o.warm.lcpMs <= o.budget.lcpMs,
    ),
    row(
      "Overview cold refresh: upstream calls (time to figures)",
      `${o.coldRefresh.upstreamCalls} (${ms(o.coldRefresh.ms)})`,
      "",
      null,
    ),
  ];
}

/** Every summary row, in the issue's order, then the older figures. */
export function summaryRows(figures) {
  return [
    ...firstLoadJsRows(figures.firstLoadJs),
    ...overheadRows(figures.overhead),
    ...latencyRows(figures.latency),
    ...exportRows(figures.exportPace),
    ...instancesRows(figures.instances),
    ...overviewRows(figures.overview),
    ...otherRows(figures),
  ];
}

/** The rows as a plain-text table (console.table would add an index column and quote strings). */
export function formatSummary(rows) {
  const columns = ["figure", "measured", "budget", "verdict"];
  const widths = columns.map((column) =>
    Math.max(column.length, ...rows.map((entry) => entry[column].length)),
  );
  const line = (cells) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(" | ")} |`;
  return [
    line(columns),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map((entry) => line(columns.map((column) => entry[column]))),
  ].join("\n");
}
