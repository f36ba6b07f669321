import "server-only";
import { assertId } from "./input-validation";
import { getResource, listResource, type CallOptions } from "./resource-calls";
import { customerEnvelopeSchema, customerListEnvelopeSchema, type Customer } from "./schemas/customer";
import { customerListQuerySchema, type CustomerListParams } from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import type { Transport } from "./transport";

export function customerOperations(transport: Transport) {
  return {
    /** `GET /customers`: one page, filtered by Recharge's filter names. */
    async list(params?: CustomerListParams, options?: CallOptions): Promise<ListResult<Customer>> {
      return listResource(
        transport,
        {
          path: "/customers",
          key: "customers",
          envelope: customerListEnvelopeSchema,
          params,
          query: customerListQuerySchema,
          what: "customer list",
        },
        options,
      );
    },
    /** `GET /customers/{id}`. */
    async get(id: number, options?: CallOptions): Promise<Customer> {
      return getResource(
        transport,
        { path: `/customers/${assertId(id)}`, key: "customer", envelope: customerEnvelopeSchema },
        options,
      );
    },
  };
}
