"use client";

import { useState } from "react";
import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { validateWith } from "@/components/actions/use-form-validation";
import { updateAddressInputSchema } from "@/lib/schemas/address-actions";
import { addressFields, type AddressField } from "@/lib/schemas/address-fields";
import { AddressShipments } from "./address-shipments";
import { addressFieldLabels, addressFormValues, changedAddressFields } from "./address-form-values";
import { personName } from "./customer-format";
import { DialogTextField } from "./dialog-text-field";
import { useRefusedFields } from "./use-refused-fields";

/** Fields that take a whole row; the others pair up (names, city and province, zip and country). */
const wide = new Set<AddressField>(["company", "address1", "address2", "phone"]);

/**
 * Recharge 2021-11 has no endpoint listing the countries a store ships to (the storefront client's
 * shipping_countries is 2021-01 only), so the country is a 2-letter code, and a country the store
 * does not ship to is refused by Recharge, its reason shown at the field: a list kept here would go stale.
 */
const hints: Partial<Record<AddressField, string>> = {
  country_code: "Two letters, e.g. US, GB, DE. Recharge refuses a country the store does not ship to.",
};

/** Edit where an address ships (a customer who moved): only the fields changed are sent. */
export function EditAddressDialog({
  action: id,
  record: address,
  onClose,
}: ActionDialogProps<"address", "address.update">) {
  const [initial] = useState(() => addressFormValues(address));
  const [values, setValues] = useState(initial);
  const changed = changedAddressFields(initial, values);
  const action = useRecordAction(id, address, {
    values: changed,
    successMessage: () => `Address #${address.id} saved. Its queued charges ship there now.`,
    onClose,
  });
  const check = validateWith(updateAddressInputSchema, { ...changed, reason: action.reason }, null);
  const { refused, unchangedRefusal, action: sending } = useRefusedFields(action, values);
  const changedFields = addressFields.filter((field) => field in changed);
  const provinceHint =
    "country_code" in changed && !("province" in changed)
      ? "Not sent unless you change it: check it fits the new country."
      : undefined;

  return (
    <RecordActionDialog
      action={sending}
      title={`Edit address #${address.id}`}
      summary={
        <p>
          Where {personName(address) ?? "this address"}&apos;s orders ship. Only the fields you change are
          sent; Recharge updates the address&apos;s queued charges at once.
        </p>
      }
      confirmLabel={
        changedFields.length === 0
          ? "Save address"
          : `Save ${changedFields.length} change${changedFields.length === 1 ? "" : "s"}`
      }
      pendingLabel="Saving…"
      ready={changedFields.length > 0 && !unchangedRefusal}
    >
      <AddressShipments addressId={address.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        {addressFields.map((field) => (
          <DialogTextField
            key={field}
            id={`address-${field}`}
            label={addressFieldLabels[field]}
            value={values[field]}
            onChange={(value) => setValues((previous) => ({ ...previous, [field]: value }))}
            error={check.fields[field] ?? refused[field]}
            hint={field === "province" ? provinceHint : hints[field]}
            className={wide.has(field) ? "sm:col-span-2" : undefined}
            autoComplete="off"
            spellCheck={false}
            {...(field === "country_code" ? { autoCapitalize: "characters" } : {})}
          />
        ))}
      </div>
      <p className="text-muted-foreground text-xs" data-testid="address-changes">
        {changedFields.length === 0
          ? "Change a field to save it."
          : `Sends: ${changedFields.map((field) => addressFieldLabels[field]).join(", ")}.`}
      </p>
    </RecordActionDialog>
  );
}
