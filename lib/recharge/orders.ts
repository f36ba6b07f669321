import "server-only";
import { assertId } from "./input-validation";
import { getResource, listResource, type CallOptions } from "./resource-calls";
import { orderListQuerySchema, type OrderListParams } from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import { orderEnvelopeSchema, orderListEnvelopeSchema, type Order } from "./schemas/order";
import type { Transport } from "./transport";

/** Orders are read-only for the dashboard. */
export function orderOperations(transport: Transport) {
  return {
    /** `GET /orders`: one page. */
    async list(params?: OrderListParams, options?: CallOptions): Promise<ListResult<Order>> {
      return listResource(
        transport,
        {
          path: "/orders",
          key: "orders",
          envelope: orderListEnvelopeSchema,
          params,
          query: orderListQuerySchema,
          what: "order list",
        },
        options,
      );
    },
    /** `GET /orders/{id}`. */
    async get(id: number, options?: CallOptions): Promise<Order> {
      return getResource(
        transport,
        { path: `/orders/${assertId(id)}`, key: "order", envelope: orderEnvelopeSchema },
        options,
      );
    },
  };
}
