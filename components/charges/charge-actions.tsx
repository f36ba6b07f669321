"use client";

import { lazy, Suspense, useState, type ComponentProps } from "react";
import { useCan } from "@/components/auth/operator-context";
import { Button } from "@/components/ui/button";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { chargeActionsFor, noChargeActionsMessage } from "./charge-action-rules";
import type { ChargeVerb } from "./use-charge-action";

// Dialogs (and the validation and watch code they carry) load when one is opened, not with every
// list page. React.lazy, not next/dynamic: a dialog never renders on the server, and next/dynamic's
// loader would add ~1.4 kB gzip to the page.
const LazyActionDialog = lazy(() =>
  import("./charge-action-dialog").then((m) => ({ default: m.ChargeActionDialog })),
);

/** Opens one action dialog (see charge-action-dialog.tsx); nothing shows until its code has arrived. */
export function ChargeActionDialog(props: ComponentProps<typeof LazyActionDialog>) {
  return (
    <Suspense fallback={null}>
      <LazyActionDialog {...props} />
    </Suspense>
  );
}

/** The actions this operator may take on this charge in its current status (none if it is unknown). */
export function useChargeActions(charge: Charge) {
  const allowed = {
    skip: useCan("charges:skip"),
    unskip: useCan("charges:unskip"),
    process: useCan("charges:process"),
    refund: useCan("charges:refund"),
  };
  return chargeActionsFor(charge.status).filter((rule) => allowed[rule.verb]);
}

/**
 * Buttons for the charge detail page's Actions area. An open dialog stays open when the charge changes
 * under it (even if no action is left): it says what happened instead of vanishing.
 */
export function ChargeActions({ charge }: { charge: Charge }) {
  const available = useChargeActions(charge);
  const [open, setOpen] = useState<ChargeVerb | null>(null);
  return (
    <>
      {available.length === 0 ? (
        <p className="text-muted-foreground text-sm" data-testid="charge-no-actions">
          {noChargeActionsMessage(charge.status)}
        </p>
      ) : (
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
        </div>
      )}
      {open ? <ChargeActionDialog charge={charge} verb={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
