"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { useOperator } from "@/components/auth/operator-context";
import { buttonClassName } from "@/components/ui/button";
import { usePaletteShortcut } from "./palette-shortcut";
import { rememberVisit } from "./recent-records";

// The palette (cmdk, its dialog and its rules) loads on first use, or when the pointer or focus
// reaches the button: none of it is in a page's first-load JavaScript. React.lazy rather than
// next/dynamic, for the reason given in components/actions/lazy-action-dialog.tsx.
const loadPalette = () => import("./command-palette");
const CommandPalette = lazy(() => loadPalette().then((module) => ({ default: module.CommandPalette })));
const preload = () => void loadPalette();

const never = () => () => {};
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/**
 * The sidebar's "Search or jump…" button and the ⌘K / Ctrl-K shortcut, which open the palette.
 * It also notes each record page the operator opens, for the palette's "Recent".
 */
export function PaletteLauncher() {
  const operator = useOperator();
  const pathname = usePathname();
  // Null in the server's HTML and until hydration: the button needs JavaScript, and is disabled
  // until the shortcut listens too (tests wait for it to be enabled).
  const shortcut = useSyncExternalStore(
    never,
    () => (isApple() ? "⌘K" : "Ctrl K"),
    () => null,
  );
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  // What had focus before the palette opened gets it back (the palette may have no trigger: ⌘K).
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const show = useCallback((next: boolean) => {
    if (next) {
      setOpener(document.activeElement instanceof HTMLElement ? document.activeElement : null);
      setUsed(true);
    }
    setOpen(next);
  }, []);
  usePaletteShortcut(open, show);
  useEffect(() => {
    if (operator) rememberVisit(operator.id, pathname);
  }, [operator, pathname]);

  return (
    <>
      <button
        type="button"
        disabled={shortcut === null}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-keyshortcuts="Meta+K Control+K"
        onClick={() => show(true)}
        onPointerEnter={preload}
        onFocus={preload}
        className={buttonClassName({
          variant: "secondary",
          size: "sm",
          className: "text-muted-foreground w-full justify-between font-normal",
        })}
      >
        Search or jump…
        {shortcut ? (
          <kbd aria-hidden="true" className="bg-muted rounded border px-1.5 font-sans text-xs">
            {shortcut}
          </kbd>
        ) : null}
      </button>
      {used ? (
        <Suspense fallback={null}>
          <CommandPalette open={open} onOpenChange={show} opener={opener} />
        </Suspense>
      ) : null}
    </>
  );
}
