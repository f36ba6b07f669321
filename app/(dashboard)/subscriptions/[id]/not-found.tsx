import { SubscriptionNotFound } from "@/components/subscriptions/subscription-not-found";
import { PathId } from "@/components/layout/path-id";

export default function SubscriptionNotFoundPage() {
  return <SubscriptionNotFound id={<PathId />} />;
}
