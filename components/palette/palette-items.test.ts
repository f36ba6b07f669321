import { describe, expect, it, vi } from "vitest";
import { matchScore, paletteGroups, type PaletteSources } from "./palette-items";
import type { PublishedAction } from "./published-actions";

const pages = [
  { href: "/", label: "Overview" },
  { href: "/customers", label: "Customers" },
  { href: "/charges", label: "Charges" },
  { href: "/batches", label: "Batches" },
];
const refund: PublishedAction = {
  key: "charge.refund#42",
  label: "Refund",
  record: "charge #42",
  run: { open: vi.fn() },
};
const skip: PublishedAction = {
  key: "charge.skip#42",
  label: "Skip",
  record: "charge #42",
  run: { open: vi.fn() },
};
const edit: PublishedAction = {
  key: "discount.update#7",
  label: "Edit",
  record: "discount #7",
  run: { href: "/discounts/7/edit" },
};
const none: PaletteSources = { recent: [], pages, actions: [] };

/** Each group as "Name: label, label". */
const shown = (query: string, sources: PaletteSources) =>
  paletteGroups(query, sources).map(
    (group) => `${group.name}: ${group.items.map((item) => item.label).join(", ")}`,
  );

describe("matchScore", () => {
  it("ranks a start above word starts above anywhere, and a miss at 0", () => {
    expect(matchScore("Refund", "ref")).toBe(3);
    expect(matchScore("Change next charge date", "next date")).toBe(2);
    expect(matchScore("Charge #708164169", "7081")).toBe(2);
    expect(matchScore("Subscriptions", "script")).toBe(1);
    expect(matchScore("Skip", "refund")).toBe(0);
    expect(matchScore("Skip", "  ")).toBe(0);
  });
});

describe("paletteGroups", () => {
  it("with nothing typed: recent records first, then this page's actions, then the pages", () => {
    expect(
      shown("", {
        recent: [{ kind: "charge", id: "42" }],
        pages: pages.slice(0, 2),
        actions: [skip, refund, edit],
      }),
    ).toEqual(["Recent: Charge #42", "Actions: Skip…, Refund…, Edit", "Pages: Overview, Customers"]);
  });

  it("offers no Actions group where no panel published any (a list page, a viewer)", () => {
    expect(shown("", none)).toEqual(["Pages: Overview, Customers, Charges, Batches"]);
    expect(paletteGroups("refund", none).map((group) => group.name)).toEqual(["Go to"]);
  });

  it("digits: opening a record by id comes first, Enter opens a charge", () => {
    const groups = paletteGroups("708164169", none);
    expect(groups[0]).toMatchObject({
      name: "Go to",
      items: [
        { label: "Open charge 708164169", run: { href: "/charges/708164169" } },
        { label: "Open subscription 708164169" },
        { label: "Open customer 708164169" },
        { label: "Find discount code 708164169" },
      ],
    });
  });

  it("digits of a record looked at: its kind first, and it is not listed under Recent again", () => {
    const sources = {
      ...none,
      recent: [{ kind: "customer", id: "4201" } as const, { kind: "customer", id: "42" } as const],
    };
    expect(shown("42", sources)).toEqual([
      "Go to: Open customer 42, Open charge 42, Open subscription 42, Find discount code 42",
      "Recent: Customer #4201",
    ]);
  });

  it("an email finds the customer", () => {
    expect(paletteGroups("ann@example.com", none)[0]?.items[0]).toMatchObject({
      label: "Find customer ann@example.com",
      run: { href: "/customers?email=ann%40example.com" },
    });
  });

  it("a page name goes there before the discount code of the same text", () => {
    expect(shown("batch", none)).toEqual(["Pages: Batches", "Go to: Find discount code batch"]);
  });

  it("an action's name opens its dialog before anything else; one with a page of its own links there", () => {
    const sources = { ...none, actions: [skip, refund, edit] };
    const groups = paletteGroups("Refund", sources);
    expect(groups.map((group) => group.name)).toEqual(["Actions", "Go to"]);
    expect(groups[0]?.items).toEqual([
      { value: "action charge.refund#42", label: "Refund…", hint: "charge #42", run: refund.run },
    ]);
    expect(paletteGroups("edit", sources)[0]?.items[0]).toMatchObject({
      label: "Edit",
      run: { href: "/discounts/7/edit" },
    });
  });

  it("gives every entry its own value, as cmdk needs", () => {
    const groups = paletteGroups("42", {
      recent: [{ kind: "charge", id: "4242" }],
      pages,
      actions: [skip, refund],
    });
    const values = groups.flatMap((group) => group.items.map((item) => item.value));
    expect(new Set(values).size).toBe(values.length);
  });
});
