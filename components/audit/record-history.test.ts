import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OperatorProvider } from "@/components/auth/operator-context";
import type { Role } from "@/lib/schemas/roles";
import { auditQueries } from "@/lib/queries/audit";
import type { AuditRecord } from "@/lib/queries/audit";
import { RecordHistory } from "./record-history";

const record: AuditRecord = {
  id: "7",
  createdAt: "2026-03-01T10:00:00.000Z",
  operatorEmail: "agent@example.com",
  operatorRole: "agent",
  action: "charge.skip",
  targetType: "charge",
  targetId: "42",
  request: { purchase_item_ids: [1], reason: "travelling" },
  reason: "travelling",
  idempotencyKey: "dialog-1",
  outcome: "succeeded",
  httpStatus: 200,
  errorCode: null,
  errorMessage: null,
  upstreamStatus: 200,
  upstreamRequestId: "req_1",
  durationMs: 120,
};

function render(role: Role, records?: AuditRecord[]) {
  const client = new QueryClient();
  if (records) client.setQueryData(auditQueries.keys.history("charge", "42"), records);
  const operator = { id: "1", email: `${role}@example.com`, name: role, role };
  return renderToStaticMarkup(
    h(
      QueryClientProvider,
      { client },
      h(OperatorProvider, {
        operator,
        children: h(RecordHistory, { targetType: "charge", targetId: "42" }),
      }),
    ),
  );
}

describe("RecordHistory", () => {
  it("renders nothing at all for operators who cannot read the audit log", () => {
    expect(render("agent", [record])).toBe("");
    expect(render("viewer", [record])).toBe("");
  });

  it("shows admins who did what, the outcome and the reason, with a link to the filtered log", () => {
    const html = render("admin", [record]);
    expect(html).toContain(">History</h2>");
    expect(html).toContain("Skip charge");
    expect(html).toContain("agent@example.com (Agent)");
    expect(html).toContain(">succeeded<");
    expect(html).toContain("“travelling”");
    expect(html).toContain('href="/audit?target_type=charge&amp;target_id=42"');
  });

  it("says so when nothing has been done to the record", () => {
    expect(render("admin", [])).toContain("Nothing has been done to this charge from this dashboard.");
  });
});
