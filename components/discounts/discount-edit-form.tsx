"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { toastsAfterUse } from "@/components/layout/use-toast";
import { actionEntry, actionUrl } from "@/lib/actions/catalog";
import { discountQueries } from "@/lib/queries/discounts";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { DiscountChangesBody } from "@/lib/schemas/discount-form";
import { discountFormFromRecord } from "@/lib/schemas/discount-form-values";
import { DiscountForm } from "./discount-form";
import type { DiscountFormChecker } from "./use-discount-form";
import { discountValueText, purchaseItemTypeLabel, usageLimitsSummary } from "./discount-format";

/** What Recharge confirmed, in a line: read from its answer, never from the form. */
export function describeSavedDiscount(discount: Discount): string {
  return [
    discountValueText(discount),
    purchaseItemTypeLabel(discount.applies_to?.purchase_item_type),
    usageLimitsSummary(discount.usage_limits),
  ].join(" · ");
}

// The catalog's `discount.update`, taken on a page of its own (catalog `page`).
const update = actionEntry("discount.update");

/**
 * /discounts/{id}/edit: the form prefilled from the discount as it was when the page opened; only
 * the settings that differ from it are sent (`PUT /api/discounts/{id}`). Once Recharge confirmed,
 * its answer becomes the discount's page, which the admin is taken back to.
 */
export function DiscountEditForm({ discount }: { discount: Discount }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [initial] = useState(() => discountFormFromRecord(discount));
  const check = useCallback<DiscountFormChecker<DiscountChangesBody>>(
    (checks, values) => checks.checkDiscountChanges(initial, values),
    [initial],
  );
  const detailKey = discountQueries.keys.detail(discount.id);
  const page = `/discounts/${discount.id}`;
  return (
    <DiscountForm
      mode="edit"
      initial={initial}
      check={check}
      url={actionUrl(update, discount.id)}
      method={update.method}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      cancelHref={page}
      onSaved={(updated) => {
        queryClient.setQueryData(detailKey, updated);
        toastsAfterUse.success(
          `Saved ${updated.code ?? `discount #${updated.id}`}: ${describeSavedDiscount(updated)}.`,
        );
        router.push(page);
      }}
      recheck={() => (
        <Link
          href={page}
          onClick={() => void queryClient.invalidateQueries({ queryKey: detailKey })}
          className="font-medium underline underline-offset-4"
        >
          See discount #{discount.id} as Recharge has it now
        </Link>
      )}
    />
  );
}
