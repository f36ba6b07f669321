"use client";

// ⌘K / Ctrl-K from anywhere in the dashboard. Loaded with every page, so it stays a few lines: the
// palette itself loads on first use (palette-launcher.tsx).
import { useEffect } from "react";

type KeyFacts = Pick<KeyboardEvent, "key" | "metaKey" | "ctrlKey" | "altKey" | "shiftKey">;

/** ⌘K on a Mac, Ctrl-K elsewhere; either works on both, as in most web apps. */
export function isPaletteShortcut(event: KeyFacts): boolean {
  // Compared, not lower-cased: Chrome's autofill sends keydown events without a key.
  const k = event.key === "k" || event.key === "K";
  return k && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey;
}

/**
 * Toggles the palette on the shortcut, also from a text field (the browser's own Ctrl-K, its search
 * bar, gives way). It does not open over another dialog: an action half done stays in front.
 */
export function usePaletteShortcut(open: boolean, setOpen: (open: boolean) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      if (!open && document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      event.preventDefault();
      setOpen(!open);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open, setOpen]);
}
