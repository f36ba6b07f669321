"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useCan } from "@/components/auth/operator-context";
import { DetailSection } from "@/components/layout/detail-section";
import { Button } from "@/components/ui/button";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import type { SubscriptionStatusValue } from "@/lib/schemas/recharge-enums";

// Dialogs (and the validation they carry) load when one is opened, not with every list page.
const SetNextChargeDateDialog = dynamic(() =>
  import("./set-next-charge-date-dialog").then((m) => m.SetNextChargeDateDialog),
);
const CancelSubscriptionDialog = dynamic(() =>
  import("./cancel-subscription-dialog").then((m) => m.CancelSubscriptionDialog),
);
const ActivateSubscriptionDialog = dynamic(() =>
  import("./activate-subscription-dialog").then((m) => m.ActivateSubscriptionDialog),
);
import type { SubscriptionVerb } from "./use-subscription-action";

const actions: ReadonlyArray<{
  verb: SubscriptionVerb;
  label: string;
  from: readonly SubscriptionStatusValue[];
}> = [
  { verb: "set_next_charge_date", label: "Change next charge date", from: ["active"] },
  { verb: "cancel", label: "Cancel subscription", from: ["active"] },
  { verb: "activate", label: "Reactivate", from: ["cancelled"] },
];

/** The actions this operator may take on this subscription in its current status. */
export function useSubscriptionActions(subscription: Subscription) {
  const allowed: Record<SubscriptionVerb, boolean> = {
    set_next_charge_date: useCan("subscriptions:set_next_charge_date"),
    cancel: useCan("subscriptions:cancel"),
    activate: useCan("subscriptions:activate"),
  };
  return actions.filter((action) => allowed[action.verb] && action.from.includes(subscription.status));
}

/** Opens exactly one dialog, mounted afresh each time (new form, new Idempotency-Key). */
export function SubscriptionActionDialog({
  subscription,
  verb,
  onClose,
}: {
  subscription: Subscription;
  verb: SubscriptionVerb;
  onClose: () => void;
}) {
  const close = (open: boolean) => (open ? undefined : onClose());
  switch (verb) {
    case "set_next_charge_date":
      return <SetNextChargeDateDialog subscription={subscription} open onOpenChange={close} />;
    case "cancel":
      return <CancelSubscriptionDialog subscription={subscription} open onOpenChange={close} />;
    case "activate":
      return <ActivateSubscriptionDialog subscription={subscription} open onOpenChange={close} />;
  }
}

/** The detail page's Actions area. */
export function SubscriptionActionsSection({ subscription }: { subscription: Subscription }) {
  const available = useSubscriptionActions(subscription);
  const [open, setOpen] = useState<SubscriptionVerb | null>(null);
  return (
    <DetailSection title="Actions">
      {available.length === 0 ? (
        <p className="text-muted-foreground text-sm">
          No actions for a {subscription.status} subscription with your role.
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          {available.map((action) => (
            <Button
              key={action.verb}
              variant={action.verb === "cancel" ? "destructive" : "secondary"}
              onClick={() => setOpen(action.verb)}
            >
              {action.label}
            </Button>
          ))}
        </div>
      )}
      {open ? (
        <SubscriptionActionDialog subscription={subscription} verb={open} onClose={() => setOpen(null)} />
      ) : null}
    </DetailSection>
  );
}
