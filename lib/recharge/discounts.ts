import "server-only";
import { assertId, parseInput } from "./input-validation";
import {
  getResource,
  listResource,
  mutateResource,
  type CallOptions,
  type MutationResult,
} from "./resource-calls";
import { discountEnvelopeSchema, discountListEnvelopeSchema, type Discount } from "./schemas/discount";
import {
  discountCreateBodySchema,
  discountUpdateBodySchema,
  type DiscountCreateBody,
  type DiscountUpdateBody,
} from "./schemas/discount-input";
import { discountListQuerySchema, type DiscountListParams } from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import type { Transport } from "./transport";

export function discountOperations(transport: Transport) {
  return {
    /** `GET /discounts`: one page. */
    async list(params?: DiscountListParams, options?: CallOptions): Promise<ListResult<Discount>> {
      return listResource(
        transport,
        {
          path: "/discounts",
          key: "discounts",
          envelope: discountListEnvelopeSchema,
          params,
          query: discountListQuerySchema,
          what: "discount list",
        },
        options,
      );
    },
    /** `GET /discounts/{id}`. */
    async get(id: number, options?: CallOptions): Promise<Discount> {
      return getResource(
        transport,
        { path: `/discounts/${assertId(id)}`, key: "discount", envelope: discountEnvelopeSchema },
        options,
      );
    },
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
      });
      return { data: null, meta };
    },
  };
}
