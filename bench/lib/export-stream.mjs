// Runs one export through the app (`POST /api/exports`, an NDJSON stream: start, a page per Recharge
// page, end) and keeps what the benchmarks judge it by: when each page arrived, its rows, and the
// first column (`id`) of every CSV row, to compare with a direct walk of the sandbox.
import { performance } from "node:perf_hooks";

/**
 * The first cell of every row of a CSV chunk (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks). Rows end with CRLF; a bare LF is taken as an end of row too.
 */
export function firstColumn(csv) {
  const values = [];
  let field = "";
  let inQuotes = false;
  let inFirst = true;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (inQuotes) {
      if (char !== '"') field += inFirst ? char : "";
      else if (csv[i + 1] === '"') {
        field += inFirst ? '"' : "";
        i += 1;
      } else inQuotes = false;
    } else if (char === '"') inQuotes = true;
    else if (char === ",") {
      if (inFirst) values.push(field);
      inFirst = false;
    } else if (char === "\n") {
      if (inFirst) values.push(field);
      field = "";
      inFirst = true;
    } else if (char !== "\r" && inFirst) field += char;
  }
  return values;
}

/**
 * Exports `resource` with the list's `query` (no cursor, no limit). Resolves with `{ missing }` when
 * the route does not exist yet, `{ refused }` for a JSON refusal, else the stream as it came:
 * `{ start, pages: [{ page, rows, atMs, at }], end, ids, seconds }`. Identity encoding, so each line is
 * timed when the server wrote it, not when a compressor let it go.
 */
export async function runExport({ appUrl, cookie }, { resource = "charges", query = "" } = {}) {
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/exports`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: appUrl,
      Cookie: cookie,
      "Accept-Encoding": "identity",
    },
    body: JSON.stringify({ resource, query }),
  });
  const type = response.headers.get("content-type") ?? "";
  if (response.status === 404 && !type.includes("json"))
    return { missing: `POST /api/exports → 404 (${type || "no content type"}): the route is not built yet` };
  if (!response.ok || !type.includes("ndjson"))
    return { refused: { status: response.status, body: (await response.text()).slice(0, 300) } };

  const result = { start: null, pages: [], end: null, ids: [] };
  const decoder = new TextDecoder();
  let buffered = "";
  const take = (line) => {
    if (!line.trim()) return;
    const event = JSON.parse(line);
    if (event.type === "start") result.start = event;
    else if (event.type === "end") result.end = event;
    else if (event.type === "page") {
      // atMs: since the request; at: wall clock, to set beside the sandbox's request log.
      result.pages.push({
        page: event.page,
        rows: event.rows,
        atMs: performance.now() - started,
        at: Date.now(),
      });
      const cells = firstColumn(event.csv);
      for (const cell of event.page === 1 ? cells.slice(1) : cells) result.ids.push(Number(cell));
    }
  };
  for await (const chunk of response.body) {
    buffered += decoder.decode(chunk, { stream: true });
    const lines = buffered.split("\n");
    buffered = lines.pop();
    lines.forEach(take);
  }
  take(buffered + decoder.decode());
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
