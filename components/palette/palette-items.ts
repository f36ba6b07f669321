// The palette's entries for what was typed, grouped and ordered: Recent, Go to, Actions, Pages.
// Pure (the palette filters nothing itself: cmdk's `shouldFilter` is off), so the matching and the
// order Enter depends on are unit-tested.
import type { NavItem } from "@/components/layout/nav-items";
import { orderByRecent, readPaletteQuery } from "./palette-query";
import type { PaletteRun, PublishedAction } from "./published-actions";
import { recentHref, recentLabel, type RecentRecord } from "./recent-records";

export type PaletteGroupName = "Recent" | "Go to" | "Actions" | "Pages";

export interface PaletteItem {
  /** Unique in the palette: cmdk's value for the entry. */
  value: string;
  label: string;
  /** Shown beside the label, and read with it: the record an action acts on. */
  hint?: string;
  run: PaletteRun;
}

export interface PaletteGroup {
  name: PaletteGroupName;
  items: readonly PaletteItem[];
}

export interface PaletteSources {
  recent: readonly RecentRecord[];
  /** The pages this operator may open (the sidebar's). */
  pages: ReadonlyArray<Pick<NavItem, "href" | "label">>;
  /** What the page's Actions panels offer now (published-actions.ts). */
  actions: readonly PublishedAction[];
}

// Ties between groups keep this order: what was looked at, then what was typed, then the rest.
const groupOrder: readonly PaletteGroupName[] = ["Recent", "Go to", "Actions", "Pages"];
// A typed id or email is what the operator means, whatever else it matches; a discount code is a
// last resort for any text, below every real match.
const LIKELY_TARGET = 4;
const GUESSED_TARGET = 0.5;

/**
 * How well text matches what was typed: 3 when it starts with it, 2 when every typed word starts a
 * word of it ("next date" → "Change next charge date"), 1 when it contains it, 0 otherwise.
 */
export function matchScore(text: string, query: string): number {
  const haystack = text.toLowerCase();
  const needle = query.trim().toLowerCase();
  if (!needle) return 0;
  if (haystack.startsWith(needle)) return 3;
  const words = haystack.split(/[\s#@.,·]+/);
  if (needle.split(/\s+/).every((part) => words.some((word) => word.startsWith(part)))) return 2;
  return haystack.includes(needle) ? 1 : 0;
}

const recentItem = (record: RecentRecord): PaletteItem => ({
  value: `recent ${recentHref(record)}`,
  label: recentLabel(record),
  run: { href: recentHref(record) },
});

const actionItem = (action: PublishedAction): PaletteItem => ({
  value: `action ${action.key}`,
  // "…": a dialog opens first, as on the panel's button; nothing happens before it is confirmed.
  label: "open" in action.run ? `${action.label}…` : action.label,
  hint: action.record,
  run: action.run,
});

const pageItem = (page: Pick<NavItem, "href" | "label">): PaletteItem => ({
  value: `page ${page.href}`,
  label: page.label,
  run: { href: page.href },
});

/** The items that match, best first, and the best score among them. */
function matching(items: readonly PaletteItem[], query: string) {
  const scored = items
    .map((item) => ({
      item,
      score: matchScore(item.hint ? `${item.label} ${item.hint}` : item.label, query),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score);
  return { score: scored[0]?.score ?? 0, items: scored.map(({ item }) => item) };
}

/**
 * The groups to show, in order; Enter opens the first item. Nothing typed: recent records first, then
 * this page's actions, then the pages. Something typed: each group keeps what matches, and the group
 * with the best match comes first.
 */
export function paletteGroups(query: string, sources: PaletteSources): PaletteGroup[] {
  const recent = sources.recent.map(recentItem);
  const actions = sources.actions.map(actionItem);
  const pages = sources.pages.map(pageItem);
  const text = query.trim();
  if (!text) {
    const groups: PaletteGroup[] = [
      { name: "Recent", items: recent },
      { name: "Actions", items: actions },
      { name: "Pages", items: pages },
    ];
    return groups.filter((group) => group.items.length > 0);
  }
  const targets = orderByRecent(readPaletteQuery(text), sources.recent);
  const opened = new Set(targets.map((target) => target.href));
  const goTo = {
    score: targets.some((target) => target.likely) ? LIKELY_TARGET : GUESSED_TARGET,
    items: targets.map((target) => ({
      value: `go ${target.href}`,
      label: target.label,
      run: { href: target.href },
    })),
  };
  const ranked: Array<PaletteGroup & { score: number }> = [
    // A recent record that Go to offers already is not listed twice.
    {
      name: "Recent",
      ...matching(sources.recent.filter((record) => !opened.has(recentHref(record))).map(recentItem), text),
    },
    { name: "Go to", ...goTo },
    { name: "Actions", ...matching(actions, text) },
    { name: "Pages", ...matching(pages, text) },
  ];
  return ranked
    .filter((group) => group.items.length > 0)
    .sort((a, b) => b.score - a.score || groupOrder.indexOf(a.name) - groupOrder.indexOf(b.name))
    .map(({ name, items }) => ({ name, items }));
}
