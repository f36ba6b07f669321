// GET /api/addresses/{id} — one address (its action dialogs watch it); PUT — edit its shipping address
import { actionRoute } from "@/lib/api/action-route";
import { detailRoute } from "@/lib/api/read-routes";
import { getRechargeClient } from "@/lib/recharge/get-recharge-client";

export const GET = detailRoute("records:read", (id, signal) =>
  getRechargeClient().addresses.get(id, { signal }),
);

// Only the fields that change are sent; a country the store does not ship to, or a province that is
// not the country's, is Recharge's 422 on that field.
export const PUT = actionRoute("address.update", {
  run: ({ params, input: { reason: _reason, ...fields } }) =>
    getRechargeClient().addresses.update(params.id, fields),
});
