import "server-only";
import type { z } from "zod";
import { assertId } from "./input-validation";
import { readRecords, reportUnreadableRecord } from "./read-records";
import type { ListEnvelopeSchema, ListResult } from "./schemas/list-envelope";
import type { ListParams } from "./schemas/list-params";
import { toListQuery } from "./list-query";
import type { Lane } from "./transport/leaky-bucket";
import type { HttpMethod, Transport, UpstreamResult } from "./transport/types";

/** Per-call options every operation takes. */
export interface CallOptions {
  /** Aborts the call (e.g. the browser went away). A mutation aborted in flight has an unknown outcome. */
  signal?: AbortSignal;
  /**
   * `person` (default): someone waits on this call, which goes ahead of any waiting bulk call.
   * `bulk`: work that can yield (exports, batch progress polls, the failed-rows walk); it is admitted
   * only while the shared bucket is below the limiter's bulk ceiling, leaving headroom for people.
   */
  lane?: Lane;
}

/**
 * What every mutation resolves with: Recharge's object plus the upstream facts the audit record
 * needs (status, X-Request-Id, duration, attempts). Failures carry the same facts on RechargeError.
 */
export type MutationResult<T> = UpstreamResult<T>;

type SingleEnvelope<Key extends string, Item> = { [K in Key]: Item };

// Helpers shared by the per-resource operation files: one GET-list, one GET-one, one mutation shape.

/**
 * One page of a list. The envelope is read first with its records as unknowns, then each record is
 * parsed alone: one that cannot be read is left out (and logged), the rest of the page is returned
 * with the count left out and the page's X-Request-Id. Only a page whose envelope is unreadable fails.
 */
export async function listResource<Key extends string, Item>(
  transport: Transport,
  spec: {
    path: string;
    key: Key;
    envelope: ListEnvelopeSchema<Key, Item>;
    params: object | undefined;
    query: z.ZodType;
    what: string;
  },
  options: CallOptions = {},
): Promise<ListResult<Item>> {
  const query = toListQuery(spec.params, spec.query, spec.what);
  const { data, meta } = await transport.request({
    method: "GET",
    path: spec.path,
    query,
    schema: spec.envelope.page,
    signal: options.signal,
    lane: options.lane,
  });
  const body = required(data);
  const { items, unreadable } = readRecords(body[spec.key], spec.envelope.item);
  for (const record of unreadable)
    reportUnreadableRecord({ ...record, path: spec.path, resource: spec.key, requestId: meta.requestId });
  return {
    items,
    nextCursor: body.next_cursor ?? null,
    previousCursor: body.previous_cursor ?? null,
    unreadableCount: unreadable.length,
    requestId: meta.requestId,
  };
}

export async function getResource<Key extends string, Item>(
  transport: Transport,
  spec: {
    path: string;
    key: Key;
    envelope: z.ZodType<SingleEnvelope<Key, Item>>;
    /** e.g. `include=customer,address` (Recharge's "Extending responses"). */
    query?: URLSearchParams;
  },
  options: CallOptions = {},
): Promise<Item> {
  const { data } = await transport.request({
    method: "GET",
    path: spec.path,
    query: spec.query,
    schema: spec.envelope,
    signal: options.signal,
    lane: options.lane,
  });
  return required(data)[spec.key];
}

export async function mutateResource<Key extends string, Item>(
  transport: Transport,
  spec: {
    method: HttpMethod;
    path: string;
    /** e.g. `commit=true` on the 2021-11 update endpoints. */
    query?: URLSearchParams;
    body?: unknown;
    key: Key;
    envelope: z.ZodType<SingleEnvelope<Key, Item>>;
  },
  options: CallOptions = {},
): Promise<MutationResult<Item>> {
  const { method, path, query, body, envelope } = spec;
  const { data, meta } = await transport.request({
    method,
    path,
    query,
    body,
    schema: envelope,
    signal: options.signal,
    lane: options.lane,
  });
  return { data: required(data)[spec.key], meta };
}

/**
 * A resource's two reads, as Recharge shapes every one: `list` is `GET /<plural>` (one cursor page,
 * the list envelope keyed by the plural) and `get` is `GET /<plural>/{id}` (keyed by the singular).
 * `what` names the list in input errors ("charge list").
 */
export function readOperations<
  Plural extends string,
  Singular extends string,
  Item,
  Query extends z.ZodType<unknown, object>,
>(
  transport: Transport,
  spec: {
    plural: Plural;
    singular: Singular;
    listEnvelope: ListEnvelopeSchema<Plural, Item>;
    envelope: z.ZodType<SingleEnvelope<Singular, Item>>;
    query: Query;
    what: string;
  },
) {
  const path = `/${spec.plural}`;
  return {
    // async, so bad input (an id that is no id) rejects like every other failure rather than throwing.
    async list(params?: ListParams<z.input<Query>>, options?: CallOptions): Promise<ListResult<Item>> {
      return listResource(
        transport,
        { path, key: spec.plural, envelope: spec.listEnvelope, params, query: spec.query, what: spec.what },
        options,
      );
    },
    async get(id: number, options?: CallOptions): Promise<Item> {
      return getResource(
        transport,
        { path: `${path}/${assertId(id)}`, key: spec.singular, envelope: spec.envelope },
        options,
      );
    },
  };
}

/** The transport only yields null when no schema was given; these helpers always give one. */
function required<T>(data: T | null): T {
  if (data === null) throw new TypeError("Recharge transport returned no body where a schema was given");
  return data;
}
