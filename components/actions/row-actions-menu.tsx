"use client";

import { MoreHorizontal } from "lucide-react";
import { DropdownMenu } from "radix-ui";

/** A table row's "⋯" menu of actions; choosing one asks the table to open that one dialog. */
export function RowActionsMenu<Key extends string>({
  label,
  actions,
  onSelect,
}: {
  /** Accessible name of the trigger, e.g. "Actions for charge #123". */
  label: string;
  actions: ReadonlyArray<{ verb: Key; label: string }>;
  onSelect: (verb: Key) => void;
}) {
  if (actions.length === 0) return null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={label}
        className="hover:bg-muted inline-flex size-8 items-center justify-center rounded-md"
      >
        <MoreHorizontal aria-hidden="true" className="size-4" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" className="bg-card z-30 min-w-40 rounded-md border p-1 shadow-md">
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
