import "server-only";
import { assertId, parseInput } from "./input-validation";
import { mutateResource, readOperations, type CallOptions, type MutationResult } from "./resource-calls";
import { discountEnvelopeSchema, discountListEnvelopeSchema, type Discount } from "./schemas/discount";
import {
  discountCreateBodySchema,
  discountUpdateBodySchema,
  type DiscountCreateBody,
  type DiscountUpdateBody,
} from "./schemas/discount-input";
import { discountListQuerySchema } from "./schemas/list-filters";
import type { Transport } from "./transport/types";

export function discountOperations(transport: Transport) {
  return {
    // `list` and `get`.
    ...readOperations(transport, {
      plural: "discounts",
      singular: "discount",
      listEnvelope: discountListEnvelopeSchema,
      envelope: discountEnvelopeSchema,
      query: discountListQuerySchema,
      what: "discount list",
    }),
    /** `POST /discounts` (201). A duplicate code is a 422 from Recharge. */
    async create(body: DiscountCreateBody, options?: CallOptions): Promise<MutationResult<Discount>> {
      const input = parseInput(discountCreateBodySchema, body, "discount");
      return mutateResource(
        transport,
        {
          method: "POST",
          path: "/discounts",
          body: input,
          key: "discount",
          envelope: discountEnvelopeSchema,
        },
        options,
      );
    },
    /** `PUT /discounts/{id}` with the fields to change. */
    async update(
      id: number,
      body: DiscountUpdateBody,
      options?: CallOptions,
    ): Promise<MutationResult<Discount>> {
      const input = parseInput(discountUpdateBodySchema, body, "discount update");
      return mutateResource(
        transport,
        {
          method: "PUT",
          path: `/discounts/${assertId(id)}`,
          body: input,
          key: "discount",
          envelope: discountEnvelopeSchema,
        },
        options,
      );
    },
    /** `DELETE /discounts/{id}` (204, no body): resolves with `data: null`. */
    async delete(id: number, options?: CallOptions): Promise<MutationResult<null>> {
      const { meta } = await transport.request({
        method: "DELETE",
        path: `/discounts/${assertId(id)}`,
        schema: null,
        signal: options?.signal,
        lane: options?.lane,
      });
      return { data: null, meta };
    },
  };
}
