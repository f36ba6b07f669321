import { describe, expect, it } from "vitest";
import { isoDay, matching, oneOf, text } from "./url-values";

const ok = (result: { success: boolean }) => result.success;

describe("URL filter validators", () => {
  it("oneOf accepts only listed values", () => {
    const status = oneOf(["queued", "skipped"] as const);
    expect(status.safeParse("queued")).toEqual({ success: true, data: "queued" });
    expect(ok(status.safeParse("QUEUED"))).toBe(false);
    expect(ok(status.safeParse(undefined))).toBe(false);
  });

  it("matching is anchored at both ends", () => {
    const id = matching(/\d{1,3}/);
    expect(ok(id.safeParse("123"))).toBe(true);
    expect(ok(id.safeParse("1234"))).toBe(false);
    expect(ok(id.safeParse("12a"))).toBe(false);
  });

  it("isoDay refuses dates that do not exist", () => {
    const day = isoDay();
    expect(ok(day.safeParse("2026-02-28"))).toBe(true);
    expect(ok(day.safeParse("2026-02-31"))).toBe(false);
    expect(ok(day.safeParse("2026-2-1"))).toBe(false);
  });

  it("text bounds length and can require a character", () => {
    const email = text({ min: 3, max: 10, contains: "@" });
    expect(ok(email.safeParse("a@b"))).toBe(true);
    expect(ok(email.safeParse("ab"))).toBe(false);
    expect(ok(email.safeParse("abc"))).toBe(false);
    expect(ok(email.safeParse("a@bcdefghijk"))).toBe(false);
    expect(ok(text().safeParse("   "))).toBe(false);
  });
});
