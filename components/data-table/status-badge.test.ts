import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import colors from "tailwindcss/colors";
import { describe, expect, it } from "vitest";
import { StatusBadge, statusToneClasses, type StatusTone } from "./status-badge";

// WCAG relative luminance of a Tailwind palette colour, "oklch(L% C h)" → linear sRGB (clipped).
function luminance(oklch: string): number {
  const match = /^oklch\(([\d.]+)% ([\d.]+) ([\d.]+)\)$/.exec(oklch);
  if (!match) throw new Error(`not an oklch colour: ${oklch}`);
  const [L, C, hue] = [Number(match[1]) / 100, Number(match[2]), (Number(match[3]) * Math.PI) / 180];
  const [a, b] = [C * Math.cos(hue), C * Math.sin(hue)];
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  const r = clip(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
  const g = clip(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
  const bl = clip(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s);
  return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
}

function contrast(first: string, second: string): number {
  const [hi, lo] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const palette = colors as unknown as Record<string, Record<string, string>>;

function colour(classes: string, prefix: string): string {
  const match = new RegExp(`(?:^| )${prefix}-([a-z]+)-(\\d+)(?= |$)`).exec(classes);
  const value = match ? palette[match[1] ?? ""]?.[match[2] ?? ""] : undefined;
  if (!value) throw new Error(`no ${prefix} colour in "${classes}"`);
  return value;
}

const tones = Object.keys(statusToneClasses) as StatusTone[];

describe("StatusBadge", () => {
  it.each(tones)("%s text meets WCAG AA (4.5:1) on its background in light and dark mode", (tone) => {
    const classes = statusToneClasses[tone];
    expect(contrast(colour(classes, "text"), colour(classes, "bg"))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colour(classes, "dark:text"), colour(classes, "dark:bg"))).toBeGreaterThanOrEqual(4.5);
  });

  it("the contrast check itself tells a failing pair from a passing one", () => {
    expect(contrast(palette.slate?.["400"] ?? "", palette.slate?.["50"] ?? "")).toBeLessThan(4.5);
    expect(contrast(palette.slate?.["900"] ?? "", palette.slate?.["50"] ?? "")).toBeGreaterThan(7);
  });

  it("always shows its label as text, with the dot hidden from screen readers", () => {
    const html = renderToStaticMarkup(h(StatusBadge, { tone: "danger", label: "Error" }));
    expect(html).toMatch(/<span[^>]*data-tone="danger"[^>]*>.*Error<\/span>$/);
    expect(html).toContain('<span aria-hidden="true"');
  });
});
