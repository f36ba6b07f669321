"use client";

import { DropdownMenu } from "radix-ui";
import { useRef } from "react";
import { RowActionsTrigger, type RowAction } from "./row-actions-trigger";

/** How the operator opened the menu the first time, before this component existed. */
export type OpenedBy = "pointer" | "keyboard";

/**
 * The Radix menu behind a row's "⋯" button, loaded on the first press (row-actions-menu.tsx) and
 * mounted open. From then on it is Radix's own trigger and menu, unchanged.
 */
export function RowActionsDropdown<Key extends string>({
  label,
  actions,
  onSelect,
  openedBy,
}: {
  label: string;
  actions: ReadonlyArray<RowAction<Key>>;
  onSelect: (verb: Key) => void;
  openedBy: OpenedBy;
}) {
  // Radix focuses the first item when a key opened the menu, but it learns that from a keydown it
  // listens for once mounted, so it missed this one: when the first opening came from a key, the
  // focus Radix gives the menu itself is passed on to its first item here.
  const focusFirstItem = useRef(openedBy === "keyboard");
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>
        <RowActionsTrigger aria-label={label} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          className="bg-card z-30 min-w-40 rounded-md border p-1 shadow-md"
          onFocus={(event) => {
            if (!focusFirstItem.current || event.target !== event.currentTarget) return;
            focusFirstItem.current = false;
            event.currentTarget
              .querySelector<HTMLElement>('[role="menuitem"]')
              ?.focus({ preventScroll: true });
          }}
        >
          {actions.map((action) => (
            <DropdownMenu.Item
              key={action.verb}
              onSelect={() => onSelect(action.verb)}
              className="data-[highlighted]:bg-muted cursor-pointer rounded-sm px-3 py-2 text-sm outline-none"
            >
              {action.label}…
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
