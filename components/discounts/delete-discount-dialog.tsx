"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/**
 * Delete a code for good. The admin types the code to confirm: the button stays disabled until it
 * matches exactly, case included. Once Recharge confirmed, the discounts list opens with a notice;
 * until then the dialog stays.
 */
export function DeleteDiscountDialog({
  action: id,
  record: discount,
  onClose,
}: ActionDialogProps<"discount", "discount.delete">) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  // Set once Recharge confirmed: the dialog stays locked until the list has opened.
  const [deleted, setDeleted] = useState(false);
  // A record without a code (the tolerant reader allows it) is confirmed by its id. The newest
  // reading's code: one changed elsewhere meanwhile must be typed as it is now.
  const code = discount.code ?? String(discount.id);
  const action = useRecordAction(id, discount, {
    values: {},
    successMessage: () => `Deleted discount code ${code}.`,
    onClose,
    onConfirmed: () => {
      setDeleted(true);
      router.push("/discounts");
    },
  });
  const matches = typed === code;
  return (
    <RecordActionDialog
      action={action}
      title={`Delete ${code}`}
      summary={
        <p>
          <strong className="font-mono">{code}</strong> is removed from Recharge and customers can no longer
          use it. This cannot be undone; to stop it for a while, disable it instead.
        </p>
      }
      confirmLabel={deleted ? "Deleting…" : "Delete code"}
      pendingLabel="Deleting…"
      ready={matches && !deleted}
    >
      <div className="space-y-1.5">
        <Label htmlFor="delete-discount-code">
          Type <span className="font-mono">{code}</span> to confirm
        </Label>
        <Input
          id="delete-discount-code"
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          aria-invalid={typed && !matches ? true : undefined}
          aria-describedby="delete-discount-code-message"
          className="font-mono"
        />
        <p
          id="delete-discount-code-message"
          className={typed && !matches ? "text-destructive text-sm" : "text-muted-foreground text-xs"}
        >
          {typed && !matches
            ? "That is not the code yet (case matters)."
            : "Exactly as shown, case included."}
        </p>
      </div>
    </RecordActionDialog>
  );
}
