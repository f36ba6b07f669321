// The write endpoints for charges, subscriptions and discounts, and /token_information. A charge the
// 90-day lookback hides answers 404 to every action, as to GET /charges/{id} (charge-lookback.ts).
import { chargeLookback } from "../domain/charge-lookback";
import { processCharge, refundCharge } from "../domain/charge-payment";
import { skipCharge, unskipCharge } from "../domain/charge-skip";
import { createDiscount, deleteDiscount, updateDiscount } from "../domain/discount-ops";
import { ok } from "../domain/result";
import { activateSubscription, cancelSubscription, setNextChargeDate } from "../domain/subscription-actions";
import { SCOPES } from "../http/tokens";
import type { Store } from "../store/store";
import { withRecord, type ApiRoute } from "./route-types";

const charges = (store: Store) => store.charges;
const subscriptions = (store: Store) => store.subscriptions;
const discounts = (store: Store) => store.discounts;

export const actionApiRoutes: readonly ApiRoute[] = [
  {
    method: "GET",
    path: "/token_information",
    scopes: SCOPES.none,
    legacy: true,
    handler: ({ token }) =>
      ok({
        token_information: {
          contact_email: "sandbox@example.com",
          name: token.name,
          scopes: [...token.scopes].sort(),
        },
      }),
  },
  {
    method: "POST",
    path: "/charges/:id/skip",
    scopes: SCOPES.writeCharges,
    handler: (c) =>
      withRecord(c, charges, (charge) => skipCharge(c.services.store, charge, c.body), chargeLookback),
  },
  {
    method: "POST",
    path: "/charges/:id/unskip",
    scopes: SCOPES.writeCharges,
    handler: (c) =>
      withRecord(c, charges, (charge) => unskipCharge(c.services.store, charge, c.body), chargeLookback),
  },
  {
    method: "POST",
    path: "/charges/:id/refund",
    scopes: SCOPES.refundCharges,
    handler: (c) =>
      withRecord(c, charges, (charge) => refundCharge(c.services.store, charge, c.body), chargeLookback),
  },
  {
    method: "POST",
    path: "/charges/:id/process",
    scopes: SCOPES.processCharges,
    handler: (c) =>
      withRecord(c, charges, (charge) => processCharge(c.services.store, charge), chargeLookback),
  },
  {
    method: "POST",
    path: "/subscriptions/:id/set_next_charge_date",
    scopes: SCOPES.writeSubscriptions,
    handler: (c) => withRecord(c, subscriptions, (sub) => setNextChargeDate(c.services.store, sub, c.body)),
  },
  {
    method: "POST",
    path: "/subscriptions/:id/cancel",
    scopes: SCOPES.writeSubscriptions,
    handler: (c) => withRecord(c, subscriptions, (sub) => cancelSubscription(c.services.store, sub, c.body)),
  },
  {
    method: "POST",
    path: "/subscriptions/:id/activate",
    scopes: SCOPES.writeSubscriptions,
    handler: (c) => withRecord(c, subscriptions, (sub) => activateSubscription(c.services.store, sub)),
  },
  {
    method: "POST",
    path: "/discounts",
    scopes: SCOPES.writeDiscounts,
    handler: (c) => createDiscount(c.services.store, c.body),
  },
  {
    method: "PUT",
    path: "/discounts/:id",
    scopes: SCOPES.writeDiscounts,
    handler: (c) =>
      withRecord(c, discounts, (discount) => updateDiscount(c.services.store, discount, c.body)),
  },
  {
    method: "DELETE",
    path: "/discounts/:id",
    scopes: SCOPES.writeDiscounts,
    handler: (c) => withRecord(c, discounts, (discount) => deleteDiscount(c.services.store, discount)),
  },
];
