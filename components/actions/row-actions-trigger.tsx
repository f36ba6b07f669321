import { MoreHorizontal } from "lucide-react";
import type { ComponentPropsWithRef } from "react";

/** One entry of a row's action menu; choosing it asks the table to open that one dialog. */
export interface RowAction<Key extends string> {
  verb: Key;
  label: string;
}

/**
 * The "⋯" button, shared by the stand-in rendered with the page and Radix's trigger that replaces it
 * (row-actions-menu.tsx): both must look and read the same.
 */
export function RowActionsTrigger(props: ComponentPropsWithRef<"button">) {
  return (
    <button
      type="button"
      className="hover:bg-muted inline-flex size-8 items-center justify-center rounded-md"
      {...props}
    >
      <MoreHorizontal aria-hidden="true" className="size-4" />
    </button>
  );
}
