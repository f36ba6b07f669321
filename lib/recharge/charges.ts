import "server-only";
import { assertId, parseInput } from "./input-validation";
import { mutateResource, readOperations, type CallOptions, type MutationResult } from "./resource-calls";
import { chargeEnvelopeSchema, chargeListEnvelopeSchema, type Charge } from "./schemas/charge";
import {
  chargeRefundBodySchema,
  chargeSkipBodySchema,
  type ChargeRefundBody,
  type ChargeSkipBody,
} from "./schemas/charge-actions";
import { chargeListQuerySchema } from "./schemas/list-filters";
import type { Transport } from "./transport/types";

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
    // `list` and `get`. Neither returns a charge paid or refunded more than 90 days ago (Recharge's
    // changelog, March 2025: sandbox/README.md "Sources"); `get` answers 404 for one.
    ...readOperations(transport, {
      plural: "charges",
      singular: "charge",
      listEnvelope: chargeListEnvelopeSchema,
      envelope: chargeEnvelopeSchema,
      query: chargeListQuerySchema,
      what: "charge list",
    }),
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
