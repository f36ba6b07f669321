import "server-only";
import { readOperations } from "./resource-calls";
import { customerEnvelopeSchema, customerListEnvelopeSchema } from "./schemas/customer";
import { customerListQuerySchema } from "./schemas/list-filters";
import type { Transport } from "./transport/types";

/** `list` (one page, filtered by Recharge's filter names) and `get`. */
export function customerOperations(transport: Transport) {
  return readOperations(transport, {
    plural: "customers",
    singular: "customer",
    listEnvelope: customerListEnvelopeSchema,
    envelope: customerEnvelopeSchema,
    query: customerListQuerySchema,
    what: "customer list",
  });
}
