"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useMemo, useRef, useState } from "react";
import { useOperator } from "@/components/auth/operator-context";
import { navItems } from "@/components/layout/nav-items";
import { can } from "@/lib/auth/permissions";
import { paletteGroups } from "./palette-items";
import { usePublishedActions, type PaletteRun } from "./published-actions";
import { loadRecentRecords } from "./recent-records";

/**
 * The command palette: type an id, an email, a discount code, a page's name or, on a record's page,
 * one of its actions; Enter opens it. A Radix dialog (focus kept inside, Escape closes, focus goes
 * back where it was) around cmdk's combobox, whose matching is ours (palette-items.ts).
 */
export function CommandPalette({
  open,
  onOpenChange,
  opener,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** What had focus before it opened. */
  opener: HTMLElement | null;
}) {
  const router = useRouter();
  // An action's dialog opens once the palette has closed and given focus back, so that dialog
  // returns focus to the same place when it closes in turn (components/actions/action-dialog.tsx).
  const afterClose = useRef<(() => void) | null>(null);
  const choose = (run: PaletteRun) => {
    if ("href" in run) router.push(run.href);
    else afterClose.current = run.open;
    onOpenChange(false);
  };
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          className="bg-card text-card-foreground fixed top-[15dvh] left-1/2 z-50 w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 overflow-hidden rounded-lg border shadow-xl"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            if (opener?.isConnected) opener.focus();
            const run = afterClose.current;
            afterClose.current = null;
            run?.();
          }}
        >
          <Dialog.Title className="sr-only">Search or jump</Dialog.Title>
          <Dialog.Description className="sr-only">
            Type a record&apos;s id, a customer&apos;s email, a discount code, a page&apos;s name or an action
            on this page, then press Enter. Up and down arrows move between the results.
          </Dialog.Description>
          <PaletteSearch onChoose={choose} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Mounted each time the palette opens: it starts empty, with the recent records as they are now. */
function PaletteSearch({ onChoose }: { onChoose: (run: PaletteRun) => void }) {
  const operator = useOperator();
  const actions = usePublishedActions();
  const [recent] = useState(() => (operator ? loadRecentRecords(operator.id) : []));
  const [query, setQuery] = useState("");
  const pages = useMemo(
    () => (operator ? navItems.filter((item) => can(operator.role, item.permission)) : []),
    [operator],
  );
  const groups = paletteGroups(query, { recent, pages, actions });
  return (
    <Command
      label="Search or jump"
      shouldFilter={false}
      loop
      // Ctrl-K is the palette's own shortcut (closes it), not cmdk's "move up".
      vimBindings={false}
      className="[&_[cmdk-group-heading]]:text-muted-foreground [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium"
    >
      <Command.Input
        value={query}
        onValueChange={setQuery}
        placeholder="An id, an email, a discount code, a page or an action…"
        className="placeholder:text-muted-foreground h-12 w-full border-b bg-transparent px-4 text-sm focus-visible:-outline-offset-2"
      />
      <Command.List label="Results" className="max-h-[min(24rem,60dvh)] overflow-y-auto p-2">
        <Command.Empty className="text-muted-foreground px-2 py-6 text-center text-sm">
          Nothing matches.
        </Command.Empty>
        {groups.map((group) => (
          <Command.Group key={group.name} heading={group.name}>
            {group.items.map((item) => (
              <Command.Item
                key={item.value}
                value={item.value}
                onSelect={() => onChoose(item.run)}
                className="data-[selected=true]:bg-muted flex cursor-pointer items-center justify-between gap-3 rounded-md px-2 py-2 text-sm"
              >
                <span className="truncate">{item.label}</span>
                {item.hint ? (
                  <span className="text-muted-foreground shrink-0 text-xs">
                    <span className="sr-only">, </span>
                    {item.hint}
                  </span>
                ) : null}
              </Command.Item>
            ))}
          </Command.Group>
        ))}
      </Command.List>
      <p aria-hidden="true" className="text-muted-foreground border-t px-4 py-2 text-xs">
        ↑ ↓ to move · Enter to open · Esc to close
      </p>
    </Command>
  );
}
