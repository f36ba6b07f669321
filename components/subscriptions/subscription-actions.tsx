"use client";

import { lazyActionDialog } from "@/components/actions/lazy-action-dialog";
import { RecordActions } from "@/components/actions/record-actions";
import { DetailSection } from "@/components/layout/detail-section";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import type { SubscriptionVerb } from "./subscription-row-actions";

const OpenSubscriptionAction = lazyActionDialog("subscription", () =>
  import("./subscription-action-dialogs").then((m) => m.subscriptionActionDialogs),
);

/** Opens one subscription action's dialog (the subscriptions table opens the one a row asked for). */
export function SubscriptionActionDialog({
  subscription,
  verb,
  onClose,
}: {
  subscription: Subscription;
  verb: SubscriptionVerb;
  onClose: () => void;
}) {
  return <OpenSubscriptionAction record={subscription} action={verb} onClose={onClose} />;
}

/** The detail page's Actions area. */
export function SubscriptionActionsSection({ subscription }: { subscription: Subscription }) {
  return (
    <DetailSection title="Actions">
      <RecordActions target="subscription" record={subscription} dialog={OpenSubscriptionAction} />
    </DetailSection>
  );
}
