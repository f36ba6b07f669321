"use client";

import { lazy, Suspense, useState, type ComponentProps } from "react";
import { useCan } from "@/components/auth/operator-context";
import { DetailSection } from "@/components/layout/detail-section";
import { Button } from "@/components/ui/button";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { noSubscriptionActionsMessage, subscriptionActionsFor } from "./subscription-action-rules";
import type { SubscriptionVerb } from "./use-subscription-action";

// Dialogs (and the validation and watch code they carry) load when one is opened, not with every
// list page. React.lazy, not next/dynamic: a dialog never renders on the server, and next/dynamic's
// loader would add ~1.4 kB gzip to the page.
const LazyActionDialog = lazy(() =>
  import("./subscription-action-dialog").then((m) => ({ default: m.SubscriptionActionDialog })),
);

/** Opens one action dialog (see subscription-action-dialog.tsx); nothing shows until its code has arrived. */
export function SubscriptionActionDialog(props: ComponentProps<typeof LazyActionDialog>) {
  return (
    <Suspense fallback={null}>
      <LazyActionDialog {...props} />
    </Suspense>
  );
}

/** The actions this operator may take on this subscription in its current status (none if it is unknown). */
export function useSubscriptionActions(subscription: Subscription) {
  const allowed: Record<SubscriptionVerb, boolean> = {
    set_next_charge_date: useCan("subscriptions:set_next_charge_date"),
    cancel: useCan("subscriptions:cancel"),
    activate: useCan("subscriptions:activate"),
  };
  return subscriptionActionsFor(subscription.status).filter((rule) => allowed[rule.verb]);
}

/** The detail page's Actions area. */
export function SubscriptionActionsSection({ subscription }: { subscription: Subscription }) {
  const available = useSubscriptionActions(subscription);
  const [open, setOpen] = useState<SubscriptionVerb | null>(null);
  return (
    <DetailSection title="Actions">
      {available.length === 0 ? (
        <p className="text-muted-foreground text-sm" data-testid="subscription-no-actions">
          {noSubscriptionActionsMessage(subscription.status)}
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
