import "server-only";
import { readOperations } from "./resource-calls";
import { orderListQuerySchema } from "./schemas/list-filters";
import { orderEnvelopeSchema, orderListEnvelopeSchema } from "./schemas/order";
import type { Transport } from "./transport/types";

/** Orders are read-only for the dashboard: `list` and `get`. */
export function orderOperations(transport: Transport) {
  return readOperations(transport, {
    plural: "orders",
    singular: "order",
    listEnvelope: orderListEnvelopeSchema,
    envelope: orderEnvelopeSchema,
    query: orderListQuerySchema,
    what: "order list",
  });
}
