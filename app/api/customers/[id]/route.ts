// GET /api/customers/{id} — one customer
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";

export const GET = detailRoute("records:read", resourceDetails.customers);
