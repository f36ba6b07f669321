import { describe, expect, it } from "vitest";
import { quickFindTarget } from "./quick-find-target";

describe("quickFindTarget", () => {
  it("opens a customer by id, or lists the customer with exactly that email", () => {
    expect(quickFindTarget("customer", " 93415041 ")).toEqual({ ok: true, href: "/customers/93415041" });
    expect(quickFindTarget("customer", "#93415041")).toEqual({ ok: true, href: "/customers/93415041" });
    expect(quickFindTarget("customer", "Ann+vip@example.com")).toEqual({
      ok: true,
      href: "/customers?email=Ann%2Bvip%40example.com",
    });
  });

  it("opens a charge or a subscription by id", () => {
    expect(quickFindTarget("charge", "708164169")).toEqual({ ok: true, href: "/charges/708164169" });
    expect(quickFindTarget("subscription", "#312877501")).toEqual({
      ok: true,
      href: "/subscriptions/312877501",
    });
  });

  it("lists a discount by its exact code", () => {
    expect(quickFindTarget("discount", " SPRING 25 ")).toEqual({
      ok: true,
      href: "/discounts?discount_code=SPRING%2025",
    });
  });

  it("refuses what cannot be that kind of record, saying what would be", () => {
    expect(quickFindTarget("customer", "ann")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/email/),
    });
    expect(quickFindTarget("customer", "a@")).toMatchObject({ ok: false });
    expect(quickFindTarget("charge", "12ab")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/digits only/),
    });
    expect(quickFindTarget("subscription", "")).toMatchObject({ ok: false });
    expect(quickFindTarget("charge", "1234567890123456")).toMatchObject({ ok: false });
    expect(quickFindTarget("discount", "   ")).toEqual({ ok: false, message: "Enter a discount code." });
  });
});
