import { describe, expect, it } from "vitest";
import { auditListUrl } from "@/components/audit/audit-list-url";
import { loadListUrlState, toListQueryString } from "@/lib/list-url/list-url-state";
import { auditQueries, recordHistoryQuery, toAuditApiQuery } from "./audit";

const apiQuery = (search: Record<string, string>) =>
  toAuditApiQuery(toListQueryString(loadListUrlState(auditListUrl, search)));

describe("the audit log's URL → /api/audit", () => {
  it("sends the filters under the API's names, days widened to whole UTC days", () => {
    expect(
      new URLSearchParams(
        apiQuery({
          operator: "agent@example.com",
          action: "charge.refund",
          target_type: "charge",
          target_id: "42",
          created_at_min: "2026-01-01",
          created_at_max: "2026-01-31",
        }),
      ),
    ).toEqual(
      new URLSearchParams({
        action: "charge.refund",
        created_at_max: "2026-01-31T23:59:59.999Z",
        created_at_min: "2026-01-01T00:00:00.000Z",
        operator: "agent@example.com",
        target_id: "42",
        target_type: "charge",
        limit: "50",
      }),
    );
  });

  it("drops values the API would refuse instead of sending them", () => {
    expect(apiQuery({ action: "charge.teleport", target_type: "order", created_at_min: "yesterday" })).toBe(
      "limit=50",
    );
  });

  it("a cursor page sends only the cursor and the limit", () => {
    expect(apiQuery({ cursor: "abc", operator: "agent@example.com", limit: "25" })).toBe(
      "cursor=abc&limit=25",
    );
  });

  it("record links from a History land on the filtered log", () => {
    expect(apiQuery({ target_type: "discount", target_id: "new" })).toBe(
      "target_id=new&target_type=discount&limit=50",
    );
  });
});

describe("auditQueries", () => {
  it("keeps every key under ['audit'] so one invalidation refreshes the log and every History", () => {
    expect(auditQueries.list("limit=50").queryKey).toEqual(auditQueries.keys.list("limit=50"));
    expect(auditQueries.history("charge", "42").queryKey).toEqual(auditQueries.keys.history("charge", "42"));
    for (const key of [auditQueries.keys.list("x"), auditQueries.keys.history("charge", "1")])
      expect(key[0]).toBe(auditQueries.keys.all[0]);
  });

  it("a History asks for the record's newest ten", () => {
    expect(recordHistoryQuery("charge", "42")).toBe("limit=10&target_id=42&target_type=charge");
  });
});
