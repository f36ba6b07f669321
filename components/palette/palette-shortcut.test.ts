import { describe, expect, it } from "vitest";
import { isPaletteShortcut } from "./palette-shortcut";

const key = (facts: Partial<Parameters<typeof isPaletteShortcut>[0]>) => ({
  key: "k",
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  ...facts,
});

describe("isPaletteShortcut", () => {
  it("is ⌘K or Ctrl-K, whatever the caps lock", () => {
    expect(isPaletteShortcut(key({ metaKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ ctrlKey: true, key: "K" }))).toBe(true);
  });

  it("is not K alone, another letter, or K with Alt or Shift (other apps' shortcuts)", () => {
    expect(isPaletteShortcut(key({}))).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true, key: "j" }))).toBe(false);
    expect(isPaletteShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isPaletteShortcut(key({ metaKey: true, shiftKey: true }))).toBe(false);
    // Chrome's autofill: a keydown with no key at all.
    expect(isPaletteShortcut(key({ ctrlKey: true, key: undefined as unknown as string }))).toBe(false);
  });
});
