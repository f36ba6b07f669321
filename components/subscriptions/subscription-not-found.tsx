import type { ReactNode } from "react";
import { DetailNotFound } from "@/components/layout/detail-not-found";

export function SubscriptionNotFound({ id }: { id: ReactNode }) {
  return (
    <DetailNotFound
      noun="subscription"
      id={id}
      explanation="Check the id, or find the subscription by its customer in the list."
      back={{ href: "/subscriptions", label: "Back to subscriptions" }}
    />
  );
}
