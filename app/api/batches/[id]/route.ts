// GET /api/batches/{id} — one async batch: status and progress counts, with who uploaded it
import { detailRoute } from "@/lib/api/read-routes";
import { resourceDetails } from "@/lib/api/resource-details";

// The batch page polls this every 1–5 s while a batch runs (its first paint comes from the page's
// server prefetch, a person's read): bulk lane, so the polls yield to people's calls.
export const GET = detailRoute("records:read", (id, signal) => resourceDetails.batches(id, signal, "bulk"));
