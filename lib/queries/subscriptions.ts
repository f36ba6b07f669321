import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { resourceQueries } from "./resource-queries";

export const subscriptionQueries = resourceQueries<Subscription>("subscriptions");
