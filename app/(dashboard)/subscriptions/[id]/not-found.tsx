import { SubscriptionNotFound } from "@/components/subscriptions/subscription-not-found";

export default function SubscriptionNotFoundPage() {
  return <SubscriptionNotFound />;
}
