"use client";

// What the page's Actions panels offer, published for the palette: each RecordActions publishes the
// actions it shows (the same list: same catalog gates, same role check) with a way to open each one
// as its own button does. A module-level store rather than a context, so nothing wraps the app:
// it is written only from effects (never on the server) and read with useSyncExternalStore.
import { useEffect, useEffectEvent, useSyncExternalStore } from "react";
import type { OfferedAction } from "@/components/actions/use-record-actions";
import type { DialogActionIdFor, TargetWithActions } from "@/lib/actions/catalog";
import { targetDescriptors } from "@/lib/actions/targets";

/** What choosing an entry does: go to a page, or run something once the palette has closed. */
export type PaletteRun = { href: string } | { open: () => void };

export interface PublishedAction {
  /** Unique on the page: `charge.refund#708164169`. */
  key: string;
  /** The panel's label: "Refund". */
  label: string;
  /** Which record it acts on: "charge #708164169" (a customer's page has several addresses). */
  record: string;
  /** A dialog opens (its label reads "Refund…"), or a page of its own ("Edit" a discount). */
  run: PaletteRun;
}

const publishers = new Map<symbol, readonly PublishedAction[]>();
const listeners = new Set<() => void>();
const none: readonly PublishedAction[] = [];
let published: readonly PublishedAction[] = none;

/** Adds a panel's actions until the returned function withdraws them. */
export function publishActions(actions: readonly PublishedAction[]): () => void {
  const owner = Symbol("record actions");
  publishers.set(owner, actions);
  changed();
  return () => {
    publishers.delete(owner);
    changed();
  };
}

function changed() {
  published = [...publishers.values()].flat();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function publishedActions(): readonly PublishedAction[] {
  return published;
}

/** Every action the page's panels offer now, in the order the panels mounted. */
export function usePublishedActions(): readonly PublishedAction[] {
  return useSyncExternalStore(subscribe, publishedActions, () => none);
}

/**
 * Publishes a record's Actions panel for the palette while it is shown (RecordActions calls it):
 * `openDialog` is what the panel's own button calls, so the palette opens the very same dialog.
 */
export function usePublishRecordActions<T extends TargetWithActions>(
  target: T,
  recordId: number,
  offered: ReadonlyArray<OfferedAction<T>>,
  openDialog: (action: DialogActionIdFor<T>) => void,
): void {
  const record = `${targetDescriptors[target].noun} #${recordId}`;
  const publish = useEffectEvent(() =>
    publishActions(
      offered.map(({ id, label, opens }) => ({
        key: `${id}#${recordId}`,
        label,
        record,
        run: "page" in opens ? { href: opens.page } : { open: () => openDialog(opens.dialog) },
      })),
    ),
  );
  // The panel's list is rebuilt on every render; publish again only when what it offers changed.
  const signature = offered.map((action) => action.id).join(" ");
  useEffect(() => publish(), [record, signature]);
}
