import { clsx, type ClassValue } from "clsx";
import { classGroups } from "./class-groups";

// cn() merges the way tailwind-merge does — a later class replaces an earlier one of its group, with
// the same variants — but from a table of the classes this app writes (class-groups.ts, generated
// from tailwind-merge itself) instead of tailwind-merge's whole config, which cost every page ~8 kB
// gzip (#18). cn.test.ts checks every pair of the app's classes against tailwind-merge.
const groupOf = new Map<string, number>();
classGroups.forEach(([classes], index) => classes.split(" ").forEach((name) => groupOf.set(name, index)));

/** `hover:!bg-muted` → its variants (`hover:`), whether it is important, and the class (`bg-muted`). */
export function splitClass(name: string): { variants: string; important: boolean; base: string } {
  let depth = 0;
  let cut = -1;
  for (let index = 0; index < name.length; index++) {
    const char = name[index];
    if (char === "[") depth++;
    else if (char === "]") depth--;
    else if (char === ":" && depth === 0) cut = index;
  }
  const base = name.slice(cut + 1);
  const important = base.startsWith("!") || base.endsWith("!");
  return {
    variants: name.slice(0, cut + 1),
    important,
    base: important ? base.replace(/^!|!$/, "") : base,
  };
}

function merge(classList: string): string {
  const seen = new Set<string>();
  // A class written twice counts once (tailwind-merge drops repeats of the classes it knows).
  const written = new Set<string>();
  const kept: string[] = [];
  const names = classList.split(/\s+/).filter(Boolean);
  for (let index = names.length - 1; index >= 0; index--) {
    const name = names[index]!;
    if (written.has(name)) continue;
    written.add(name);
    const { variants, important, base } = splitClass(name);
    const group = groupOf.get(base);
    if (group !== undefined) {
      const prefix = `${variants}${important ? "!" : ""}`;
      if (seen.has(prefix + group)) continue;
      seen.add(prefix + group);
      for (const replaced of classGroups[group]![1]) seen.add(prefix + replaced);
    }
    kept.push(name);
  }
  return kept.reverse().join(" ");
}

/** Joins class names, letting later Tailwind utilities override earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
