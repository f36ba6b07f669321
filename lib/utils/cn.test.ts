import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { classTokensInSource } from "@/scripts/lib/class-tokens.mjs";
import { cn } from "./cn";

describe("cn", () => {
  it("merges every pair of the app's classes, variants and all, exactly as tailwind-merge does", () => {
    // Regenerate class-groups.ts (npx tsx scripts/generate-class-groups.mjs) when this fails.
    const classes = classTokensInSource().filter((name) => twMerge(`${name} ${name}`) === name);
    expect(classes.length).toBeGreaterThan(200);
    const differ: string[] = [];
    for (const earlier of classes)
      for (const later of classes) {
        const joined = `${earlier} ${later}`;
        if (cn(joined) !== twMerge(joined)) differ.push(`"${joined}": ${cn(joined)} ≠ ${twMerge(joined)}`);
      }
    expect(differ.slice(0, 20)).toEqual([]);
  });

  it("lets a later class replace an earlier one of its group, with the same variants only", () => {
    expect(cn("w-full rounded-md", "w-24")).toBe("rounded-md w-24");
    expect(cn("px-3 py-2", "p-0")).toBe("p-0");
    expect(cn("p-0", "px-3")).toBe("p-0 px-3");
    expect(cn("text-sm text-muted-foreground", "text-xs")).toBe("text-muted-foreground text-xs");
    expect(cn("[&_tr]:border-b", "[&_tr]:border-0")).toBe("[&_tr]:border-0");
    expect(cn("hover:bg-muted", "bg-card")).toBe("hover:bg-muted bg-card");
  });

  it("joins conditional classes and leaves classes it does not know alone", () => {
    expect(cn("flex", false && "hidden", null, undefined, ["gap-2", { "opacity-50": true }])).toBe(
      "flex gap-2 opacity-50",
    );
    expect(cn("sr-only", "data-[x]:foo", "foo")).toBe("sr-only data-[x]:foo foo");
  });
});
