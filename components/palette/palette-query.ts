// What typed text could open, with no kind chosen: the overview's "Go to" rules
// (quick-find-target.ts) tried for every kind, kept where they accept the text. Pure, so the
// readings and their order are unit-tested.
import { quickFindTarget, type QuickFindKind } from "@/components/overview/quick-find-target";
import { recentHref, RECENT_LIMIT, type RecentRecord } from "./recent-records";

export interface PaletteTarget {
  kind: QuickFindKind;
  /** "Open charge 708164169", "Find customer ann@example.com" */
  label: string;
  href: string;
  /** The text reads as this kind of record (an id, an email), rather than being only a possible code. */
  likely: boolean;
}

// Recharge ids of these kinds look alike: a number could be any of them.
const idKinds = ["charge", "subscription", "customer"] as const;

function discountCode(value: string): PaletteTarget[] {
  const code = quickFindTarget("discount", value);
  return code.ok
    ? [{ kind: "discount", label: `Find discount code ${value}`, href: code.href, likely: false }]
    : [];
}

/**
 * Every record the text may name: digits open a charge, a subscription or a customer by id (or find
 * a discount code made of digits); an email finds that customer; any other text is a discount code.
 * Page names and actions are matched by the palette itself (palette-items.ts).
 */
export function readPaletteQuery(text: string): PaletteTarget[] {
  const value = text.trim();
  if (!value) return [];
  // A charge is found by id alone: text it accepts is an id, and may name any of these kinds.
  if (quickFindTarget("charge", value).ok) {
    const byId = idKinds.flatMap((kind): PaletteTarget[] => {
      const target = quickFindTarget(kind, value);
      return target.ok
        ? [{ kind, label: `Open ${kind} ${value.replace(/^#/, "")}`, href: target.href, likely: true }]
        : [];
    });
    return [...byId, ...discountCode(value)];
  }
  const customer = quickFindTarget("customer", value);
  // An email is not offered as a discount code too: codes with an "@" are not a thing stores make.
  if (customer.ok)
    return [{ kind: "customer", label: `Find customer ${value}`, href: customer.href, likely: true }];
  return discountCode(value);
}

/**
 * The readings in the order the operator most likely means: a record they looked at with exactly
 * this id first, then the kinds they looked at most recently, then the usual order. A reading that
 * is only a guess (a discount code) stays last.
 */
export function orderByRecent(
  targets: readonly PaletteTarget[],
  recent: readonly RecentRecord[],
): PaletteTarget[] {
  const rank = (target: PaletteTarget): number => {
    if (!target.likely) return 3 * RECENT_LIMIT;
    const same = recent.findIndex((record) => recentHref(record) === target.href);
    if (same >= 0) return same;
    const kind = recent.findIndex((record) => record.kind === target.kind);
    return kind >= 0 ? RECENT_LIMIT + kind : 2 * RECENT_LIMIT;
  };
  return targets
    .map((target, index) => ({ target, index, rank: rank(target) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ target }) => target);
}
