"use client";

import { useState } from "react";
import { onDemand } from "@/lib/utils/on-demand";
import type { OpenedBy } from "./row-actions-dropdown";
import { RowActionsTrigger, type RowAction } from "./row-actions-trigger";

// Radix's menu (with floating-ui, focus scope and scroll lock: ~30 kB gzip) is fetched when the
// operator points at or focuses a "⋯" button, not with every list page; most visits open no menu.
const dropdown = onDemand(() => import("./row-actions-dropdown"));

/**
 * A table row's "⋯" menu of actions; choosing one asks the table to open that one dialog.
 * Until its first press it is a stand-in button with the trigger's look, name and ARIA state, that
 * opens on the same events Radix's trigger does (left pointer down; Enter, Space, ArrowDown); the
 * press swaps in the Radix menu, open.
 */
export function RowActionsMenu<Key extends string>({
  label,
  actions,
  onSelect,
}: {
  /** Accessible name of the trigger, e.g. "Actions for charge #123". */
  label: string;
  actions: ReadonlyArray<RowAction<Key>>;
  onSelect: (verb: Key) => void;
}) {
  // Set once the menu has arrived: from then on this row is Radix's menu.
  const [openedBy, setOpenedBy] = useState<OpenedBy | null>(null);
  const loaded = openedBy ? dropdown.loaded() : null;
  if (actions.length === 0) return null;
  if (loaded && openedBy) {
    return (
      <loaded.RowActionsDropdown label={label} actions={actions} onSelect={onSelect} openedBy={openedBy} />
    );
  }

  const prefetch = () => void dropdown.load().catch(() => undefined);
  const open = (by: OpenedBy) => {
    if (dropdown.loaded()) return setOpenedBy(by);
    // A failed fetch leaves the stand-in closed: the next press tries again.
    dropdown.load().then(
      () => setOpenedBy(by),
      () => undefined,
    );
  };
  return (
    <RowActionsTrigger
      aria-label={label}
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onPointerDown={(event) => {
        if (event.button !== 0 || event.ctrlKey) return;
        // As Radix's trigger does: focus goes to the menu, not to the button.
        event.preventDefault();
        open("pointer");
      }}
      onKeyDown={(event) => {
        if (!["Enter", " ", "ArrowDown"].includes(event.key)) return;
        event.preventDefault();
        open("keyboard");
      }}
    />
  );
}
