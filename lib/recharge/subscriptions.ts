import "server-only";
import { assertId, parseInput } from "./input-validation";
import {
  getResource,
  mutateResource,
  readOperations,
  type CallOptions,
  type MutationResult,
} from "./resource-calls";
import { subscriptionListQuerySchema } from "./schemas/list-filters";
import {
  subscriptionEnvelopeSchema,
  subscriptionListEnvelopeSchema,
  type Subscription,
} from "./schemas/subscription";
import { subscriptionUpdateBodySchema, type SubscriptionUpdateBody } from "./schemas/subscription-update";
import {
  cancelSubscriptionBodySchema,
  setNextChargeDateBodySchema,
  type CancelSubscriptionBody,
  type SetNextChargeDateBody,
} from "./schemas/subscription-actions";
import type { Transport } from "./transport/types";

export function subscriptionOperations(transport: Transport) {
  const action = (id: number, verb: string, body: object, options?: CallOptions) =>
    mutateResource(
      transport,
      {
        method: "POST",
        path: `/subscriptions/${assertId(id)}/${verb}`,
        body,
        key: "subscription",
        envelope: subscriptionEnvelopeSchema,
      },
      options,
    );

  return {
    // `list` and `get`.
    ...readOperations(transport, {
      plural: "subscriptions",
      singular: "subscription",
      listEnvelope: subscriptionListEnvelopeSchema,
      envelope: subscriptionEnvelopeSchema,
      query: subscriptionListQuerySchema,
      what: "subscription list",
    }),
    /**
     * One subscription with its customer and address in the same call (`include=customer,address`,
     * documented for subscriptions in Recharge's "Extending responses" table), for pages that show
     * who and where rather than bare ids.
     */
    async getWithRelations(id: number, options: CallOptions = {}): Promise<Subscription> {
      return getResource(
        transport,
        {
          path: `/subscriptions/${assertId(id)}`,
          key: "subscription",
          envelope: subscriptionEnvelopeSchema,
          query: new URLSearchParams({ include: "customer,address" }),
        },
        options,
      );
    },
    /**
     * `PUT /subscriptions/{id}?commit=true`: the quantity, or the interval (its three fields together;
     * Recharge then recalculates the next charge date). `commit=true` has Recharge regenerate the
     * queued charge before answering, so it shows the new quantity and total at once (2021-11 delays
     * the regeneration otherwise). A cancelled subscription is refused (422 on `status`).
     */
    async update(
      id: number,
      body: SubscriptionUpdateBody,
      options?: CallOptions,
    ): Promise<MutationResult<Subscription>> {
      return mutateResource(
        transport,
        {
          method: "PUT",
          path: `/subscriptions/${assertId(id)}`,
          query: new URLSearchParams({ commit: "true" }),
          body: parseInput(subscriptionUpdateBodySchema, body, "subscription update"),
          key: "subscription",
          envelope: subscriptionEnvelopeSchema,
        },
        options,
      );
    },
    /** Moves the next charge (Recharge may merge it with another queued charge of the address). */
    async setNextChargeDate(
      id: number,
      body: SetNextChargeDateBody,
      options?: CallOptions,
    ): Promise<MutationResult<Subscription>> {
      return action(
        id,
        "set_next_charge_date",
        parseInput(setNextChargeDateBodySchema, body, "set_next_charge_date body"),
        options,
      );
    },
    async cancel(
      id: number,
      body: CancelSubscriptionBody,
      options?: CallOptions,
    ): Promise<MutationResult<Subscription>> {
      return action(id, "cancel", parseInput(cancelSubscriptionBodySchema, body, "cancel body"), options);
    },
    async activate(id: number, options?: CallOptions): Promise<MutationResult<Subscription>> {
      return action(id, "activate", {}, options);
    },
  };
}
