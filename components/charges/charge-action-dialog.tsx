"use client";

import { ActionGuardContext } from "@/components/actions/action-guard";
import { useWatchedRecord } from "@/components/actions/use-watched-record";
import { chargeQueries } from "@/lib/queries/charges";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { chargeActionUnavailable } from "./charge-action-rules";
import { ProcessChargeDialog } from "./process-charge-dialog";
import { RefundChargeDialog } from "./refund-charge-dialog";
import { SkipChargeDialog } from "./skip-charge-dialog";
import type { ChargeVerb } from "./use-charge-action";

/**
 * Opens exactly one dialog at a time; each opening mounts it afresh (new form, new Idempotency-Key).
 * The dialog works on the newest reading of the charge and warns when it changed since it opened.
 */
export function ChargeActionDialog({
  charge,
  verb,
  onClose,
}: {
  charge: Charge;
  verb: ChargeVerb;
  onClose: () => void;
}) {
  const { current, ...guard } = useWatchedRecord({
    noun: "charge",
    record: charge,
    detailQuery: chargeQueries.detail(charge.id),
    // Recharge reports a skip or unskip as its subscriptions' events, not the charge's.
    related: {
      resource: "subscription",
      ids: charge.line_items.map((item) => String(item.purchase_item_id)),
      topics: ["subscription/skipped", "subscription/unskipped"],
    },
    unavailableIn: (now) => chargeActionUnavailable(verb, now.status),
  });
  const close = (open: boolean) => (open ? undefined : onClose());
  return (
    <ActionGuardContext value={guard}>
      {verb === "skip" || verb === "unskip" ? (
        <SkipChargeDialog charge={current} mode={verb} open onOpenChange={close} />
      ) : verb === "refund" ? (
        <RefundChargeDialog charge={current} open onOpenChange={close} />
      ) : (
        <ProcessChargeDialog charge={current} open onOpenChange={close} />
      )}
    </ActionGuardContext>
  );
}
