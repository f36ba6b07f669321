import { describe, expect, it } from "vitest";
import { orderByRecent, readPaletteQuery } from "./palette-query";

const labels = (text: string) => readPaletteQuery(text).map((target) => target.label);

describe("readPaletteQuery", () => {
  it("reads digits as a charge, a subscription or a customer id, then as a discount code", () => {
    expect(readPaletteQuery(" #708164169 ")).toEqual([
      { kind: "charge", label: "Open charge 708164169", href: "/charges/708164169", likely: true },
      {
        kind: "subscription",
        label: "Open subscription 708164169",
        href: "/subscriptions/708164169",
        likely: true,
      },
      { kind: "customer", label: "Open customer 708164169", href: "/customers/708164169", likely: true },
      {
        kind: "discount",
        label: "Find discount code #708164169",
        href: "/discounts?discount_code=%23708164169",
        likely: false,
      },
    ]);
  });

  it("reads an email as the customer with exactly that email, and only that", () => {
    expect(readPaletteQuery("Ann+vip@example.com")).toEqual([
      {
        kind: "customer",
        label: "Find customer Ann+vip@example.com",
        href: "/customers?email=Ann%2Bvip%40example.com",
        likely: true,
      },
    ]);
  });

  it("reads any other text as a discount code, and nothing as nothing", () => {
    expect(readPaletteQuery("SPRING25")).toEqual([
      {
        kind: "discount",
        label: "Find discount code SPRING25",
        href: "/discounts?discount_code=SPRING25",
        likely: false,
      },
    ]);
    // Too long for an id: only a code.
    expect(labels("1234567890123456")).toEqual(["Find discount code 1234567890123456"]);
    expect(readPaletteQuery("   ")).toEqual([]);
  });
});

describe("orderByRecent", () => {
  const targets = readPaletteQuery("42");
  const order = (recent: Parameters<typeof orderByRecent>[1]) =>
    orderByRecent(targets, recent).map((target) => target.kind);

  it("keeps charge, subscription, customer when nothing was looked at", () => {
    expect(order([])).toEqual(["charge", "subscription", "customer", "discount"]);
  });

  it("puts the kind looked at most recently first", () => {
    expect(
      order([
        { kind: "customer", id: "7" },
        { kind: "subscription", id: "8" },
      ]),
    ).toEqual(["customer", "subscription", "charge", "discount"]);
  });

  it("puts a record looked at with exactly this id before any kind", () => {
    expect(
      order([
        { kind: "customer", id: "7" },
        { kind: "subscription", id: "42" },
      ]),
    ).toEqual(["subscription", "customer", "charge", "discount"]);
  });
});
