import { describe, expect, it } from "vitest";
import {
  parseRecentRecords,
  recentHref,
  recentLabel,
  recordAtPath,
  RECENT_LIMIT,
  withoutRecord,
  withVisit,
  type RecentRecord,
} from "./recent-records";

const charge = (id: string): RecentRecord => ({ kind: "charge", id });

describe("recent records", () => {
  it("reads a record from its own page's path, and nothing from any other page", () => {
    expect(recordAtPath("/charges/708164169")).toEqual({ kind: "charge", id: "708164169" });
    expect(recordAtPath("/customers/93415041")).toEqual({ kind: "customer", id: "93415041" });
    expect(recordAtPath("/subscriptions/1")).toEqual({ kind: "subscription", id: "1" });
    expect(recordAtPath("/discounts/5")).toEqual({ kind: "discount", id: "5" });
    for (const path of [
      "/",
      "/charges",
      "/discounts/5/edit",
      "/discounts/new",
      "/batches/12",
      "/charges/abc",
    ])
      expect(recordAtPath(path), path).toBeNull();
  });

  it("names and links a record as its page does", () => {
    expect(recentLabel({ kind: "subscription", id: "312877501" })).toBe("Subscription #312877501");
    expect(recentHref({ kind: "discount", id: "7" })).toBe("/discounts/7");
  });

  it("puts the visited record first, once, and keeps only the newest few", () => {
    const list = [charge("1"), charge("2"), { kind: "customer", id: "2" } as const];
    expect(withVisit(list, charge("2"))).toEqual([charge("2"), charge("1"), { kind: "customer", id: "2" }]);
    let many: RecentRecord[] = [];
    for (let id = 1; id <= RECENT_LIMIT + 3; id++) many = withVisit(many, charge(String(id)));
    expect(many).toHaveLength(RECENT_LIMIT);
    expect(many[0]).toEqual(charge(String(RECENT_LIMIT + 3)));
  });

  it("forgets one record, keeping the others in their order", () => {
    const list = [charge("1"), { kind: "customer", id: "1" } as const, charge("2")];
    expect(withoutRecord(list, charge("1"))).toEqual([{ kind: "customer", id: "1" }, charge("2")]);
    expect(withoutRecord(list, charge("3"))).toEqual(list);
  });

  it("keeps what still makes sense of what was stored, and drops the rest", () => {
    expect(parseRecentRecords(null)).toEqual([]);
    expect(parseRecentRecords("not json")).toEqual([]);
    expect(parseRecentRecords('{"kind":"charge","id":"1"}')).toEqual([]);
    expect(
      parseRecentRecords(
        JSON.stringify([
          charge("1"),
          { kind: "batch", id: "2" },
          { kind: "charge", id: 3 },
          { kind: "charge", id: "4/edit" },
          null,
          { kind: "customer", id: "5", extra: true },
        ]),
      ),
    ).toEqual([charge("1"), { kind: "customer", id: "5" }]);
  });
});
