import "server-only";
import { listResource, type CallOptions } from "./resource-calls";
import { addressListEnvelopeSchema, type Address } from "./schemas/address";
import { addressListQuerySchema, type AddressListParams } from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import type { Transport } from "./transport/types";

export function addressOperations(transport: Transport) {
  return {
    /** `GET /addresses?customer_id=`: a customer's addresses, one page. */
    async list(params: AddressListParams, options?: CallOptions): Promise<ListResult<Address>> {
      return listResource(
        transport,
        {
          path: "/addresses",
          key: "addresses",
          envelope: addressListEnvelopeSchema,
          params,
          query: addressListQuerySchema,
          what: "address list",
        },
        options,
      );
    },
  };
}
