// The PUT endpoints of subscriptions and addresses (api-reference-2021-11.txt:265-266, :574-575).
// Addresses use the customer scopes (README, "Tokens, scopes and versions").
import { updateAddress } from "../domain/address-update";
import { updateSubscription } from "../domain/subscription-update";
import { parseWriteOptions, queryFlag } from "../domain/write-options";
import { SCOPES } from "../http/tokens";
import type { Store } from "../store/store";
import { withRecord, type ApiRoute } from "./route-types";

const subscriptions = (store: Store) => store.subscriptions;
const addresses = (store: Store) => store.addresses;

export const updateApiRoutes: readonly ApiRoute[] = [
  {
    method: "PUT",
    path: "/subscriptions/:id",
    scopes: SCOPES.writeSubscriptions,
    handler: (c) =>
      withRecord(c, subscriptions, (subscription) => {
        const options = parseWriteOptions(c.query);
        if ("status" in options) return options;
        const { store } = c.services;
        return updateSubscription(store, subscription, c.body, options, (id) =>
          c.services.deferRegeneration(id),
        );
      }),
  },
  {
    method: "PUT",
    path: "/addresses/:id",
    scopes: SCOPES.writeCustomers,
    handler: (c) =>
      withRecord(c, addresses, (address) => {
        const commit = queryFlag(c.query, "commit");
        if (typeof commit !== "boolean") return commit;
        return updateAddress(c.services.store, address, c.body, commit, (id) =>
          c.services.deferRegeneration(id),
        );
      }),
  },
];
