import "server-only";
import { assertId, parseInput } from "./input-validation";
import {
  getResource,
  listResource,
  mutateResource,
  type CallOptions,
  type MutationResult,
} from "./resource-calls";
import { chargeEnvelopeSchema, chargeListEnvelopeSchema, type Charge } from "./schemas/charge";
import {
  chargeRefundBodySchema,
  chargeSkipBodySchema,
  type ChargeRefundBody,
  type ChargeSkipBody,
} from "./schemas/charge-actions";
import { chargeListQuerySchema, type ChargeListParams } from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import type { Transport } from "./transport";

export function chargeOperations(transport: Transport) {
  const action = (id: number, verb: string, body: object, options?: CallOptions) =>
    mutateResource(
      transport,
      {
        method: "POST",
        path: `/charges/${assertId(id)}/${verb}`,
        body,
        key: "charge",
        envelope: chargeEnvelopeSchema,
      },
      options,
    );

  return {
    /** `GET /charges`: one page. Processed charges older than 90 days may be missing upstream. */
    async list(params?: ChargeListParams, options?: CallOptions): Promise<ListResult<Charge>> {
      return listResource(
        transport,
        {
          path: "/charges",
          key: "charges",
          envelope: chargeListEnvelopeSchema,
          params,
          query: chargeListQuerySchema,
          what: "charge list",
        },
        options,
      );
    },
    /** `GET /charges/{id}`. */
    async get(id: number, options?: CallOptions): Promise<Charge> {
      return getResource(
        transport,
        { path: `/charges/${assertId(id)}`, key: "charge", envelope: chargeEnvelopeSchema },
        options,
      );
    },
    /** Takes the given purchase items out of a queued charge. */
    async skip(id: number, body: ChargeSkipBody, options?: CallOptions): Promise<MutationResult<Charge>> {
      return action(id, "skip", parseInput(chargeSkipBodySchema, body, "skip body"), options);
    },
    /** Puts skipped purchase items back. */
    async unskip(id: number, body: ChargeSkipBody, options?: CallOptions): Promise<MutationResult<Charge>> {
      return action(id, "unskip", parseInput(chargeSkipBodySchema, body, "unskip body"), options);
    },
    /** Partial (`amount`) or full (`full_refund: true`) refund of a successful charge. */
    async refund(id: number, body: ChargeRefundBody, options?: CallOptions): Promise<MutationResult<Charge>> {
      return action(id, "refund", parseInput(chargeRefundBodySchema, body, "refund body"), options);
    },
    /**
     * Charges the customer now. A declined payment may come back as a 200 with `status: "error"`
     * (check `data.status`) or as a 402 RechargeError.
     */
    async process(id: number, options?: CallOptions): Promise<MutationResult<Charge>> {
      return action(id, "process", {}, options);
    },
  };
}
