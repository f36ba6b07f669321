// What an API route is and what its handler gets.
import type { ApiResult } from "../domain/result";
import type { Token, ScopeRule } from "../http/tokens";
import type { RoutePattern } from "../http/router";
import { notFound } from "../domain/result";
import type { CursorCodec } from "../query/cursor";
import type { Store } from "../store/store";
import type { Table } from "../store/table";

/** The live parts of a sandbox a handler may use; `store` changes on reset. */
export interface SandboxServices {
  readonly store: Store;
  readonly codec: CursorCodec;
  /** Wakes the batch runner after a batch was queued. */
  wakeBatches(): void;
  /** Regenerates the address's queued charges in a few seconds (an update sent without commit=true). */
  deferRegeneration(addressId: number): void;
}

export interface HandlerContext {
  services: SandboxServices;
  params: readonly number[];
  query: URLSearchParams;
  body: unknown;
  token: Token;
}

export interface ApiRoute extends RoutePattern {
  method: "GET" | "POST" | "PUT" | "DELETE";
  scopes: ScopeRule;
  /** Also answers under 2021-01 (only /token_information does). */
  legacy?: boolean;
  handler: (context: HandlerContext) => ApiResult;
}

/** Runs `action` on the record named by the path's first id, or answers 404 (also when not `visible`). */
export function withRecord<T extends { id: number }>(
  context: HandlerContext,
  table: (store: Store) => Table<T>,
  action: (record: T) => ApiResult,
  visible?: (nowMs: number) => (record: T) => boolean,
): ApiResult {
  const store = context.services.store;
  const record = table(store).get(context.params[0] ?? -1);
  if (!record || (visible && !visible(store.now())(record))) return notFound();
  return action(record);
}
