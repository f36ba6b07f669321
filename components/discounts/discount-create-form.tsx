"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toastsAfterUse } from "@/components/layout/use-toast";
import { actionEntry, actionUrl } from "@/lib/actions/catalog";
import { discountQueries } from "@/lib/queries/discounts";
import { emptyDiscountForm } from "@/lib/schemas/discount-form-values";
import { DiscountForm } from "./discount-form";

// The catalog's `discount.create`: a page of its own (the form is too big for a dialog), sent to the
// entry's route, which records it under the entry's audit name.
const create = actionEntry("discount.create");

/** /discounts/new: one new code, sent as `POST /api/discounts`; opens the code once Recharge has it. */
export function DiscountCreateForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [initial] = useState(emptyDiscountForm);
  return (
    <DiscountForm
      mode="create"
      initial={initial}
      check={(checks, values) => checks.checkNewDiscount(values)}
      url={actionUrl(create)}
      method={create.method}
      submitLabel="Create discount code"
      pendingLabel="Creating…"
      cancelHref="/discounts"
      onSaved={(created) => {
        queryClient.setQueryData(discountQueries.keys.detail(created.id), created);
        toastsAfterUse.success(`Created discount code ${created.code ?? `#${created.id}`}.`);
        router.push(`/discounts/${created.id}`);
      }}
      recheck={(code) => (
        <Link
          href={code ? `/discounts?discount_code=${encodeURIComponent(code)}` : "/discounts"}
          className="font-medium underline underline-offset-4"
        >
          {code ? `Look for ${code} in the discounts list` : "See the discounts list"}
        </Link>
      )}
    />
  );
}
