// GET /api/subscriptions — subscriptions, filtered and sorted as Recharge allows, one cursor page at a time
import { listRoute } from "@/lib/api/read-routes";
import { resourceLists } from "@/lib/api/resource-lists";

export const GET = listRoute("records:read", resourceLists.subscriptions);
