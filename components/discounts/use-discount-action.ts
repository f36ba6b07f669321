"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/layout/use-toast";
import { auditQueries } from "@/lib/queries/audit";
import { discountQueries } from "@/lib/queries/discounts";
import { useActionMutation } from "@/lib/queries/use-action-mutation";
import type { Discount } from "@/lib/recharge/schemas/discount";

/**
 * A discount dialog's one request to `/api/discounts/{id}` (PUT or DELETE). The lists and the audit
 * log refresh on success; the dialog decides what becomes of the discount's own page.
 */
export function useDiscountAction<Input, Output>(
  discount: Pick<Discount, "id">,
  options: { method: "PUT" | "DELETE"; onSuccess: (output: Output) => void },
) {
  return useActionMutation<Input, Output>({
    url: `/api/discounts/${discount.id}`,
    method: options.method,
    invalidates: [discountQueries.keys.lists(), auditQueries.keys.all],
    onSuccess: options.onSuccess,
  });
}

/** Re-reads the discount after an unknown outcome, so the page shows what really happened. */
export function useRecheckDiscount(discountId: number) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return () => {
    void queryClient.invalidateQueries({ queryKey: discountQueries.keys.detail(discountId) });
    toast.info(`Re-reading discount #${discountId} from Recharge…`);
  };
}
