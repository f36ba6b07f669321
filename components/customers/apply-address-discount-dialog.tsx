"use client";

import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { validateWith } from "@/components/actions/use-form-validation";
import { applyAddressDiscountInputSchema } from "@/lib/schemas/address-actions";
import { AddressShipments } from "./address-shipments";
import { DialogTextField } from "./dialog-text-field";
import { useRefusedFields } from "./use-refused-fields";

/**
 * Apply a discount code to an address: Recharge re-prices its queued charges at once. Whether the
 * code applies (enabled, started, not used up, for this customer…) is Recharge's call: its reason
 * is shown at the code field, and a corrected code can be sent from the same dialog.
 */
export function ApplyAddressDiscountDialog({
  action: id,
  record: address,
  onClose,
}: ActionDialogProps<"address", "address.apply_discount">) {
  const [code, setCode] = useState("");
  const values = { discount_code: code };
  const action = useRecordAction(id, address, {
    values,
    successMessage: (updated) =>
      `Discount ${updated.discounts[0]?.code ?? code.trim()} applied to address #${address.id}.`,
    onClose,
  });
  const check = validateWith(applyAddressDiscountInputSchema, { ...values, reason: action.reason }, null);
  const { refused, unchangedRefusal, action: sending } = useRefusedFields(action, values);
  // An empty field is not an error until the operator has typed something.
  const error = (code === "" ? undefined : check.fields.discount_code) ?? refused.discount_code;

  return (
    <RecordActionDialog
      action={sending}
      title={`Apply a discount to address #${address.id}`}
      summary={
        <p>
          The code applies to this address and Recharge re-prices its queued charges at once. An address takes
          a single discount.
        </p>
      }
      confirmLabel={check.valid ? `Apply ${code.trim()}` : "Apply discount"}
      pendingLabel="Applying…"
      ready={!unchangedRefusal}
    >
      <AddressShipments addressId={address.id} />
      <DialogTextField
        id="address-discount-code"
        label="Discount code"
        value={code}
        onChange={setCode}
        error={error}
        hint="As the customer would type it, e.g. SPRING10."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
      />
    </RecordActionDialog>
  );
}
