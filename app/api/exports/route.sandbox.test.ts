import "server-only";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";
import { startSandbox } from "@/sandbox/server";

// The export route against the real sandbox over HTTP (scale 0.1): what a browser or a script gets.
const ORIGIN = "https://ops.example.com";
// Scale 0.1 seeds 685 charges: the cap falls on the third page of an unfiltered walk.
const CAP = 600;
const sandbox = await startSandbox({ port: 0, seed: 7, scale: 0.1 });
setInMemoryDemoEnv({
  NEXTAUTH_URL: ORIGIN,
  RECHARGE_API_URL: sandbox.url,
  RECHARGE_API_TOKEN: "sandbox_admin_token",
  // A raised bucket: the limiter is not what these tests are about.
  RECHARGE_BUCKET_SIZE: "1000",
  RECHARGE_LEAK_RATE: "1000",
  EXPORT_MAX_ROWS: String(CAP),
});
afterAll(async () => sandbox.close());

const operators: Record<string, SessionOperator> = {
  admin: { id: "1", email: "admin@example.com", name: "Ada Admin", role: "admin" },
  agent: { id: "2", email: "agent@example.com", name: "Al Agent", role: "agent" },
  viewer: { id: "3", email: "viewer@example.com", name: "Vi Viewer", role: "viewer" },
};
let signedIn: SessionOperator = operators.admin!;
vi.mock("@/lib/auth/session", () => ({ getOperator: async () => signedIn }));

const { POST } = await import("./route");
const { getDb } = await import("@/lib/db/client");

const exportOf = (body: unknown, signal?: AbortSignal) =>
  POST(
    new Request(`${ORIGIN}/api/exports`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", origin: ORIGIN },
      signal,
    }),
    { params: Promise.resolve({}) },
  );

type Event = { type: string; csv?: string; outcome?: string; rows?: number; message?: string };
async function events(response: Response): Promise<Event[]> {
  return (await response.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Event);
}
const fileOf = (list: Event[]) => list.map((event) => event.csv ?? "").join("");
const idsOf = (csv: string) =>
  csv
    .trim()
    .split("\r\n")
    .slice(1)
    .map((line) => Number(line.split(",")[0]));

/** Recharge's own walk of a filter, straight from the sandbox. */
async function directWalk(query: string): Promise<number[]> {
  const ids: number[] = [];
  let url = `${sandbox.url}/charges?${query}&limit=250`;
  for (;;) {
    const response = await fetch(url, {
      headers: { "X-Recharge-Access-Token": "sandbox_readonly_token", "X-Recharge-Version": "2021-11" },
    });
    const body = (await response.json()) as { charges: { id: number }[]; next_cursor: string | null };
    ids.push(...body.charges.map((charge) => charge.id));
    if (!body.next_cursor) return ids;
    url = `${sandbox.url}/charges?cursor=${encodeURIComponent(body.next_cursor)}&limit=250`;
  }
}

async function lastExportAudit() {
  const [row] = await (
    await getDb()
  ).query<{
    outcome: string;
    error_code: string | null;
    error_message: string | null;
    request: unknown;
    target_id: string;
  }>(
    "SELECT outcome, error_code, error_message, request, target_id FROM audit_log WHERE action = 'records.export' ORDER BY id DESC LIMIT 1",
  );
  return row;
}

describe("POST /api/exports", () => {
  it("exports exactly the filtered, sorted list over every page, as the sandbox walks it", async () => {
    signedIn = operators.agent!;
    const query = "status=success&sort_by=id-asc";
    const expected = await directWalk(query);
    expect(expected.length).toBeGreaterThan(250); // more than one page
    expect(expected.length).toBeLessThan(CAP);
    const response = await exportOf({ resource: "charges", query });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const list = await events(response);
    expect(list[0]).toMatchObject({ type: "start", resource: "charges", maxRows: CAP, pageSize: 250 });
    expect(list.at(-1)).toMatchObject({ type: "end", outcome: "complete", rows: expected.length, pages: 2 });
    const csv = fileOf(list);
    expect(csv.split("\r\n")[0]).toMatch(/^id,status,type,customer_id,customer_email,/);
    expect(idsOf(csv)).toEqual(expected);
    expect(await lastExportAudit()).toMatchObject({
      outcome: "succeeded",
      error_code: null,
      target_id: "charges",
      request: { resource: "charges", query, rows: expected.length, outcome: "complete" },
    });
  });

  it("stops at the cap with the message the operator and the audit log read", async () => {
    signedIn = operators.admin!;
    const list = await events(await exportOf({ resource: "charges", query: "sort_by=id-desc" }));
    const end = list.at(-1);
    expect(end).toMatchObject({
      outcome: "capped",
      rows: CAP,
      message: `Stopped at ${CAP} rows: narrow the filters`,
    });
    expect(idsOf(fileOf(list))).toHaveLength(CAP);
    expect(await lastExportAudit()).toMatchObject({
      outcome: "succeeded",
      error_code: "export_capped",
      error_message: `Stopped at ${CAP} rows: narrow the filters`,
    });
  });

  it("refuses a filter the list does not have with 422, audited, before any row", async () => {
    signedIn = operators.admin!;
    const response = await exportOf({ resource: "charges", query: "colour=blue" });
    expect(response.status).toBe(422);
    expect(await lastExportAudit()).toMatchObject({ outcome: "refused", error_code: "validation_failed" });
    const paging = await exportOf({ resource: "charges", query: "cursor=abc" });
    expect(paging.status).toBe(422);
    expect((await paging.json()).error.fields).toHaveProperty("query");
  });

  it("lets a viewer export nothing, and an agent not the admins' audit log", async () => {
    signedIn = operators.viewer!;
    expect((await exportOf({ resource: "customers" })).status).toBe(403);
    signedIn = operators.agent!;
    expect((await exportOf({ resource: "audit" })).status).toBe(403);
    signedIn = operators.admin!;
    const audit = await events(await exportOf({ resource: "audit" }));
    expect(audit.at(-1)).toMatchObject({ outcome: "complete" });
    expect(fileOf(audit).split("\r\n")[0]).toMatch(/^id,created_at,operator_email,/);
  });

  it("stops the walk when the browser cancels, and audits the cancellation", async () => {
    signedIn = operators.admin!;
    await fetch(`${sandbox.url}/__sandbox/requests`, { method: "DELETE" });
    const abort = new AbortController();
    // 685 charges: a whole walk is 3 pages.
    const response = await exportOf({ resource: "charges", query: "sort_by=id-asc" }, abort.signal);
    const reader = response.body!.getReader();
    await reader.read(); // start (and possibly the first page in the same chunk)
    await reader.cancel();
    abort.abort();
    await vi.waitFor(async () => expect(await lastExportAudit()).toMatchObject({ error_code: "cancelled" }));
    const audit = await lastExportAudit();
    expect((audit!.request as { rows: number }).rows).toBeLessThanOrEqual(500);
    const log = await fetch(`${sandbox.url}/__sandbox/requests?method=GET&path=/charges`);
    const { requests } = (await log.json()) as { requests: unknown[] };
    // The first page, and at most the one already asked for when the cancel came: never the third.
    expect(requests.length).toBeLessThanOrEqual(2);
  });
});
