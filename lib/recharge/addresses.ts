import "server-only";
import { assertId, parseInput } from "./input-validation";
import {
  getResource,
  listResource,
  mutateResource,
  type CallOptions,
  type MutationResult,
} from "./resource-calls";
import { addressEnvelopeSchema, addressListEnvelopeSchema, type Address } from "./schemas/address";
import {
  addressUpdateBodySchema,
  discountCodeSchema,
  type AddressUpdateBody,
} from "./schemas/address-update";
import { addressListQuerySchema, type AddressListParams } from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import type { Transport } from "./transport/types";

/**
 * `commit=true`: Recharge regenerates the address's queued charges before answering, so they show
 * the new shipping address or discount at once (2021-11 delays it otherwise; storefront-client
 * UpdateAddressParams.commit).
 */
const committed = () => new URLSearchParams({ commit: "true" });

export function addressOperations(transport: Transport) {
  const put = (id: number, body: object, options?: CallOptions) =>
    mutateResource(
      transport,
      {
        method: "PUT",
        path: `/addresses/${assertId(id)}`,
        query: committed(),
        body,
        key: "address",
        envelope: addressEnvelopeSchema,
      },
      options,
    );

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
    /** `GET /addresses/{id}`. */
    async get(id: number, options?: CallOptions): Promise<Address> {
      return getResource(
        transport,
        { path: `/addresses/${assertId(id)}`, key: "address", envelope: addressEnvelopeSchema },
        options,
      );
    },
    /**
     * `PUT /addresses/{id}?commit=true` with the shipping address fields to change. A country the
     * store does not ship to, or a province that is not the country's, is a 422 on that field.
     */
    async update(
      id: number,
      body: AddressUpdateBody,
      options?: CallOptions,
    ): Promise<MutationResult<Address>> {
      return put(id, parseInput(addressUpdateBodySchema, body, "address update"), options);
    },
    /**
     * Applies a discount code: `PUT /addresses/{id}` with `discounts: [{code}]`, as Recharge's own
     * applyDiscountToAddress. An address takes a single discount; a code that does not exist or does
     * not apply is a 422 on `discounts.0.code` with Recharge's reason.
     */
    async applyDiscount(id: number, code: string, options?: CallOptions): Promise<MutationResult<Address>> {
      const parsed = parseInput(discountCodeSchema, code, "discount code");
      return put(id, { discounts: [{ code: parsed }] }, options);
    },
    /** Removes the address's discount: `discounts: []`, as Recharge's removeDiscountsFromAddress. */
    async removeDiscounts(id: number, options?: CallOptions): Promise<MutationResult<Address>> {
      return put(id, { discounts: [] }, options);
    },
  };
}
