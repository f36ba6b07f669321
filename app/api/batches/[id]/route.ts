// GET /api/batches/{id} — one async batch: status and progress counts
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";

export const GET = detailRoute("records:read", resourceDetails.batches);
