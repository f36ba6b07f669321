"use client";

import { useMemo, useState } from "react";
import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { subscriptionListUrl } from "@/lib/list-url/subscription-list-url";
import { subscriptionQueries } from "@/lib/queries/subscriptions";
import { subscriptionsEmptyMessage } from "./subscription-empty-message";
import { subscriptionListToolbar } from "./subscription-list-toolbar";
import { SubscriptionActionDialog } from "./subscription-actions";
import { getSubscriptionsTableColumns, type SubscriptionRowAction } from "./subscriptions-table-columns";

/** Subscriptions with Recharge's filters; every bit of state lives in the URL. */
export function SubscriptionsTable() {
  const [rowAction, setRowAction] = useState<SubscriptionRowAction | null>(null);
  const columns = useMemo(() => getSubscriptionsTableColumns({ onRowAction: setRowAction }), []);

  return (
    <>
      <CursorListTable
        definition={subscriptionListUrl}
        pageQuery={subscriptionQueries.list}
        columns={columns}
        caption="Subscriptions"
        exportAs={{ resource: "subscriptions", noun: "subscriptions" }}
        toolbar={subscriptionListToolbar}
        emptyMessage={subscriptionsEmptyMessage}
        rowHref={(subscription) => `/subscriptions/${subscription.id}`}
      />
      {rowAction ? (
        <SubscriptionActionDialog
          subscription={rowAction.subscription}
          verb={rowAction.verb}
          onClose={() => setRowAction(null)}
        />
      ) : null}
    </>
  );
}
