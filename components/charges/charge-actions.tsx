"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useCan } from "@/components/auth/operator-context";
import { Button } from "@/components/ui/button";
import type { Permission } from "@/lib/auth/permissions";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { ChargeStatusValue } from "@/lib/schemas/recharge-enums";

// Dialogs (and the validation they carry) load when one is opened, not with every list page.
const SkipChargeDialog = dynamic(() => import("./skip-charge-dialog").then((m) => m.SkipChargeDialog));
const RefundChargeDialog = dynamic(() => import("./refund-charge-dialog").then((m) => m.RefundChargeDialog));
const ProcessChargeDialog = dynamic(() =>
  import("./process-charge-dialog").then((m) => m.ProcessChargeDialog),
);
import type { ChargeVerb } from "./use-charge-action";

const actions: ReadonlyArray<{
  verb: ChargeVerb;
  label: string;
  permission: Permission;
  from: readonly ChargeStatusValue[];
}> = [
  { verb: "skip", label: "Skip", permission: "charges:skip", from: ["queued"] },
  { verb: "unskip", label: "Unskip", permission: "charges:unskip", from: ["skipped"] },
  { verb: "process", label: "Process now", permission: "charges:process", from: ["queued", "error"] },
  { verb: "refund", label: "Refund", permission: "charges:refund", from: ["success", "partially_refunded"] },
];

/** The actions this operator may take on this charge in its current status. */
export function useChargeActions(charge: Charge) {
  const allowed = {
    skip: useCan("charges:skip"),
    unskip: useCan("charges:unskip"),
    process: useCan("charges:process"),
    refund: useCan("charges:refund"),
  };
  return actions.filter((action) => allowed[action.verb] && action.from.includes(charge.status));
}

/** Opens exactly one dialog at a time; each opening mounts it afresh (new form, new Idempotency-Key). */
export function ChargeActionDialog({
  charge,
  verb,
  onClose,
}: {
  charge: Charge;
  verb: ChargeVerb;
  onClose: () => void;
}) {
  const close = (open: boolean) => (open ? undefined : onClose());
  switch (verb) {
    case "skip":
    case "unskip":
      return <SkipChargeDialog charge={charge} mode={verb} open onOpenChange={close} />;
    case "refund":
      return <RefundChargeDialog charge={charge} open onOpenChange={close} />;
    case "process":
      return <ProcessChargeDialog charge={charge} open onOpenChange={close} />;
  }
}

/** Buttons for the charge detail page's Actions area. */
export function ChargeActions({ charge }: { charge: Charge }) {
  const available = useChargeActions(charge);
  const [open, setOpen] = useState<ChargeVerb | null>(null);
  if (available.length === 0) {
    return (
      <p className="text-muted-foreground text-sm">
        No actions for a {charge.status.replaceAll("_", " ")} charge with your role.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      {available.map((action) => (
        <Button
          key={action.verb}
          variant={action.verb === "refund" || action.verb === "process" ? "destructive" : "secondary"}
          onClick={() => setOpen(action.verb)}
        >
          {action.label}
        </Button>
      ))}
      {open ? <ChargeActionDialog charge={charge} verb={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
