"use client";

import type { ActionDialogProps } from "@/components/actions/action-dialog-types";
import { RecordActionDialog } from "@/components/actions/record-action-dialog";
import { useRecordAction } from "@/components/actions/use-record-action";
import { AddressDiscountName } from "./address-discount-name";
import { AddressShipments } from "./address-shipments";

/** Take the discount off an address: Recharge re-prices its queued charges without it at once. */
export function RemoveAddressDiscountDialog({
  action: id,
  record: address,
  onClose,
}: ActionDialogProps<"address", "address.remove_discount">) {
  const action = useRecordAction(id, address, {
    values: {},
    successMessage: () => `Discount removed from address #${address.id}.`,
    onClose,
  });
  const discount = address.discounts[0];

  return (
    <RecordActionDialog
      action={action}
      title={`Remove the discount from address #${address.id}`}
      summary={
        <p>
          {discount ? <AddressDiscountName discount={discount} link={false} /> : "Its discount"} comes off
          this address, and Recharge re-prices its queued charges without it at once. A code limited to one
          use per customer may not apply again.
        </p>
      }
      confirmLabel="Remove discount"
      pendingLabel="Removing…"
    >
      <AddressShipments addressId={address.id} />
    </RecordActionDialog>
  );
}
