import { describe, expect, it } from "vitest";
import { loadSectionQueryStrings } from "./customer-detail-url";

describe("loadSectionQueryStrings", () => {
  it("first pages: each section's Recharge filters and sort, 25 rows", () => {
    expect(loadSectionQueryStrings("93415038", {})).toEqual({
      addresses: "limit=25",
      subscriptions: "customer_id=93415038&limit=25",
      upcoming: "customer_id=93415038&status=queued&sort_by=scheduled_at-asc&limit=25",
      history: "customer_id=93415038&limit=25",
    });
  });

  it("the history's status picker filters the history only", () => {
    const sections = loadSectionQueryStrings("7", { history_status: "error" });
    expect(sections.history).toBe("customer_id=7&status=error&limit=25");
    expect(sections.upcoming).toBe("customer_id=7&status=queued&sort_by=scheduled_at-asc&limit=25");
  });

  it("a section's cursor sends only the cursor and its own limit; other sections stay on page one", () => {
    const sections = loadSectionQueryStrings("7", {
      history_cursor: "abc",
      history_limit: "50",
      history_status: "error",
      subscriptions_offset: "25",
    });
    expect(sections.history).toBe("cursor=abc&limit=50");
    expect(sections.subscriptions).toBe("customer_id=7&limit=25");
    expect(sections.addresses).toBe("limit=25");
  });

  it("ignores values the page cannot send", () => {
    const sections = loadSectionQueryStrings("7", { history_status: "lost", upcoming_limit: "10" });
    expect(sections.history).toBe("customer_id=7&limit=25");
    expect(sections.upcoming).toBe("customer_id=7&status=queued&sort_by=scheduled_at-asc&limit=25");
  });
});
