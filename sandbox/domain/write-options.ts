// The query flags of the 2021-11 update endpoints. `commit=true` regenerates the associated charges
// within the request instead of about 5 s later, the 2021-11 default (release-notes-2021-11.txt:104,
// :233-237; E1 BasicSubscriptionParams / UpdateAddressParams.commit, dist/index.d.ts:1637, :2215).
// `force_update=true` lets an update reach a subscription that is not active (E1 :1639).
import { fieldError, type ApiResult } from "./result";

export interface WriteOptions {
  commit: boolean;
  forceUpdate: boolean;
}

/** A boolean query flag: `true`/`false` in any case; absent or empty is false; anything else a 422. */
export function queryFlag(query: URLSearchParams, name: string): boolean | ApiResult {
  const raw = query.get(name)?.trim().toLowerCase() ?? "";
  if (raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  return fieldError(name, "must be true or false");
}

/** `commit` and `force_update` of PUT /subscriptions/{id}. */
export function parseWriteOptions(query: URLSearchParams): WriteOptions | ApiResult {
  const commit = queryFlag(query, "commit");
  if (typeof commit !== "boolean") return commit;
  const forceUpdate = queryFlag(query, "force_update");
  if (typeof forceUpdate !== "boolean") return forceUpdate;
  return { commit, forceUpdate };
}
