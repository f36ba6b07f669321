// GET /api/batches/{id} — one async batch: status and progress counts, with who uploaded it
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";

export const GET = detailRoute("records:read", resourceDetails.batches);
