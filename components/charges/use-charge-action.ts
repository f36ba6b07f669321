"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/layout/use-toast";
import type { Charge } from "@/lib/recharge/schemas/charge";
import { auditQueries } from "@/lib/queries/audit";
import { chargeQueries } from "@/lib/queries/charges";
import { useActionMutation } from "@/lib/queries/use-action-mutation";

export type ChargeVerb = "skip" | "unskip" | "refund" | "process";

/**
 * A charge action's mutation: on a confirmed answer the charge's detail is replaced at once, and
 * every list that may show it (charges, its subscriptions, its customer) is refreshed.
 */
export function useChargeAction<Input>(
  charge: Charge,
  verb: ChargeVerb,
  options: { successMessage: (updated: Charge) => string | null; onDone: (updated: Charge) => void },
) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useActionMutation<Input, Charge>({
    url: `/api/charges/${charge.id}/${verb}`,
    invalidates: [chargeQueries.keys.all, ["subscriptions"], ["customers"], auditQueries.keys.all],
    onSuccess: (updated) => {
      queryClient.setQueryData(chargeQueries.keys.detail(charge.id), updated);
      const message = options.successMessage(updated);
      if (message) toast.success(message);
      options.onDone(updated);
    },
  });
}

/** Re-reads the charge after an unknown outcome, so the operator sees what really happened. */
export function useRecheckCharge(chargeId: number) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return () => {
    void queryClient.invalidateQueries({ queryKey: chargeQueries.keys.detail(chargeId) });
    toast.info(`Re-reading charge #${chargeId} from Recharge…`);
  };
}
