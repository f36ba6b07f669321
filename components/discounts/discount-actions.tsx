"use client";

import Link from "next/link";
import { lazy, Suspense, useState } from "react";
import { useCan } from "@/components/auth/operator-context";
import { Button, buttonClassName } from "@/components/ui/button";
import type { Discount } from "@/lib/recharge/schemas/discount";
import { discountActionsFor, discountVerbLabels, type DiscountDialogVerb } from "./discount-action-rules";
import { discountStatusLabel } from "./discount-status-badge";

// The dialogs (and zod, which checks them) load when one is opened, as the charge dialogs do.
const LazyActionDialog = lazy(() =>
  import("./discount-action-dialog").then((m) => ({ default: m.DiscountActionDialog })),
);

/**
 * The discount page's actions, for admins only (the routes refuse everyone else anyway): Edit opens
 * the edit page; Disable / Enable and Delete open one dialog each.
 */
export function DiscountActions({ discount }: { discount: Discount }) {
  const canWrite = useCan("discounts:write");
  const [open, setOpen] = useState<DiscountDialogVerb | null>(null);
  if (!canWrite) {
    return (
      <p className="text-muted-foreground text-sm" data-testid="discount-no-actions">
        Only admins can edit, disable or delete discount codes.
      </p>
    );
  }
  const verbs = discountActionsFor(discount.status);
  if (verbs.length === 0) {
    return (
      <p className="text-muted-foreground text-sm" data-testid="discount-no-actions">
        No actions for a discount in status “{discountStatusLabel(discount.status)}”.
      </p>
    );
  }
  return (
    <>
      <div className="flex flex-wrap gap-2">
        {verbs.map((verb) =>
          verb === "edit" ? (
            <Link
              key={verb}
              href={`/discounts/${discount.id}/edit`}
              className={buttonClassName({ variant: "secondary" })}
            >
              {discountVerbLabels.edit}
            </Link>
          ) : (
            <Button
              key={verb}
              variant={verb === "delete" ? "destructive" : "secondary"}
              onClick={() => setOpen(verb)}
            >
              {discountVerbLabels[verb]}
            </Button>
          ),
        )}
      </div>
      {open ? (
        <Suspense fallback={null}>
          <LazyActionDialog discount={discount} verb={open} onClose={() => setOpen(null)} />
        </Suspense>
      ) : null}
    </>
  );
}
