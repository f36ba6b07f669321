// GET list and detail endpoints of every resource.
import { ok } from "../domain/result";
import { SCOPES, type ScopeRule } from "../http/tokens";
import type { Row } from "../query/filters";
import { parseInclude, withIncludes } from "../query/includes";
import type { ListSpec } from "../query/list-spec";
import {
  addressList,
  batchList,
  chargeList,
  customerList,
  discountList,
  orderList,
  subscriptionList,
  webhookList,
} from "../query/list-specs";
import { runList } from "../query/run-list";
import { withRecord, type ApiRoute } from "./route-types";

function readRoutes<T extends Row>(
  path: string,
  envelope: string,
  spec: ListSpec<T>,
  scopes: ScopeRule,
): ApiRoute[] {
  return [
    {
      method: "GET",
      path,
      scopes,
      handler: ({ services, query }) =>
        runList(spec, { store: services.store, codec: services.codec, query }),
    },
    {
      method: "GET",
      path: `${path}/:id`,
      scopes,
      handler: (context) =>
        withRecord(
          context,
          spec.table,
          (record) => {
            const include = parseInclude(spec.resource, context.query.get("include"), spec.includes);
            if (!Array.isArray(include)) return include;
            const store = context.services.store;
            return ok({ [envelope]: withIncludes(store, record, include, spec.includes) });
          },
          spec.visible,
        ),
    },
  ];
}

export const readApiRoutes: readonly ApiRoute[] = [
  ...readRoutes("/customers", "customer", customerList, SCOPES.readCustomers),
  ...readRoutes("/addresses", "address", addressList, SCOPES.readCustomers),
  ...readRoutes("/subscriptions", "subscription", subscriptionList, SCOPES.readSubscriptions),
  ...readRoutes("/charges", "charge", chargeList, SCOPES.readCharges),
  ...readRoutes("/orders", "order", orderList, SCOPES.readOrders),
  ...readRoutes("/discounts", "discount", discountList, SCOPES.readDiscounts),
  ...readRoutes("/async_batches", "async_batch", batchList, SCOPES.readBatches),
  ...readRoutes("/webhooks", "webhook", webhookList, SCOPES.readWebhooks),
];
