"use client";

import { MoreHorizontal } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { useChargeActions } from "./charge-actions";
import type { ChargeVerb } from "./use-charge-action";

/** A row's action menu; choosing an item asks the table to open that one dialog. */
export function ChargeRowActions({
  charge,
  onAction,
}: {
  charge: Charge;
  onAction: (verb: ChargeVerb) => void;
}) {
  const available = useChargeActions(charge);
  if (available.length === 0) return null;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={`Actions for charge #${charge.id}`}
        className="hover:bg-muted inline-flex size-8 items-center justify-center rounded-md"
      >
        <MoreHorizontal aria-hidden="true" className="size-4" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" className="bg-card z-30 min-w-36 rounded-md border p-1 shadow-md">
          {available.map((action) => (
            <DropdownMenu.Item
              key={action.verb}
              onSelect={() => onAction(action.verb)}
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
