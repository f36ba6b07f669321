// What the HTTP layer needs from a running sandbox, and the parsed form of one incoming call.
import type { FaultRegistry } from "../control/faults";
import type { RequestLog } from "../control/request-log";
import type { SandboxServices } from "../routes/route-types";
import type { Latency } from "./latency";
import type { RateLimiter } from "./rate-limit";

export interface IncomingCall {
  requestId: string;
  method: string;
  /** Path without query and trailing slash. */
  path: string;
  query: URLSearchParams;
  /** Raw body of POST/PUT/PATCH/DELETE ("" otherwise), null when over the size cap. */
  rawBody: string | null;
  startedAt: number;
  receivedAt: string;
}

export interface SandboxRuntime extends SandboxServices {
  readonly limiter: RateLimiter;
  /** Delay added to every API call (off by default). */
  readonly latency: Latency;
  readonly faults: FaultRegistry;
  readonly log: RequestLog;
  readonly controlPlane: boolean;
  /** Re-seeds: new data, no webhooks, batches, faults, log entries or bucket levels. */
  reset(seed: number, scale: number): void;
  /** Adds the call to the request log once it was answered (status 0: connection dropped). */
  record(call: IncomingCall, status: number, token: string | null, faultId: number | null): void;
}
