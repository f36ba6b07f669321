"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useToast } from "@/components/layout/use-toast";
import { auditQueries } from "@/lib/queries/audit";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import { useActionMutation } from "@/lib/queries/use-action-mutation";
import type { Subscription } from "@/lib/recharge/schemas/subscription";

export type SubscriptionVerb = "set_next_charge_date" | "cancel" | "activate";

/**
 * A subscription action's mutation: the detail is replaced at once on a confirmed answer, and the
 * lists that show it or its charges (which move, merge or disappear) are refreshed.
 */
export function useSubscriptionAction<Input>(
  subscription: Subscription,
  verb: SubscriptionVerb,
  options: { successMessage: (updated: Subscription) => string; onDone: () => void },
) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return useActionMutation<Input, Subscription>({
    url: `/api/subscriptions/${subscription.id}/${verb}`,
    invalidates: [subscriptionQueries.keys.all, ["charges"], ["customers"], auditQueries.keys.all],
    onSuccess: (updated) => {
      queryClient.setQueryData(subscriptionQueries.keys.detail(subscription.id), updated);
      toast.success(options.successMessage(updated));
      options.onDone();
    },
  });
}

export function useRecheckSubscription(id: number) {
  const queryClient = useQueryClient();
  const toast = useToast();
  return () => {
    void queryClient.invalidateQueries({ queryKey: subscriptionQueries.keys.detail(id) });
    toast.info(`Re-reading subscription #${id} from Recharge…`);
  };
}
