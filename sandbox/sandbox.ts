// One sandbox: the store and everything around it (cursor keys, rate limiter, faults, request log,
// batch runner, webhook dispatcher), with reset and close. The HTTP server lives in server.ts.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { BatchRunner } from "./batches/batch-runner";
import { RegenerationQueue } from "./domain/regeneration-queue";
import { FaultRegistry } from "./control/faults";
import { RequestLog } from "./control/request-log";
import { handleRequest } from "./http/handle-request";
import { Latency } from "./http/latency";
import { RateLimiter } from "./http/rate-limit";
import type { IncomingCall, SandboxRuntime } from "./http/runtime";
import { CursorCodec, cursorKey } from "./query/cursor";
import { seedStore } from "./seed/seed";
import type { Store } from "./store/store";
import { WebhookDispatcher } from "./webhooks/webhook-dispatcher";

export interface SandboxConfig {
  seed: number;
  scale: number;
  /** Batch tasks processed per second. */
  batchRate: number;
  bucketSize: number;
  /** Requests drained from the bucket per second. */
  leakRate: number;
  webhookSecret: string;
  controlPlane: boolean;
  /** How long an update without commit=true waits before its charges are regenerated. */
  regenerationDelayMs: number;
  /** Every API call takes latencyMs plus up to latencyJitterMs (0 and 0: off). */
  latencyMs: number;
  latencyJitterMs: number;
}

export class Sandbox implements SandboxRuntime {
  readonly limiter: RateLimiter;
  readonly latency: Latency;
  readonly faults: FaultRegistry;
  readonly log = new RequestLog();
  readonly controlPlane: boolean;
  private current: Store;
  private cursorCodec: CursorCodec;
  private readonly secret = randomBytes(32);
  private readonly runner: BatchRunner;
  private readonly regenerations: RegenerationQueue;
  private readonly dispatcher: WebhookDispatcher;
  private detach: () => void;

  constructor(config: SandboxConfig) {
    this.controlPlane = config.controlPlane;
    this.limiter = new RateLimiter(config.bucketSize, config.leakRate);
    this.latency = new Latency({ baseMs: config.latencyMs, jitterMs: config.latencyJitterMs }, config.seed);
    this.faults = new FaultRegistry(config.seed);
    this.current = seedStore({ seed: config.seed, scale: config.scale, now: Date.now() });
    this.cursorCodec = new CursorCodec(cursorKey(this.secret, config.seed, config.scale));
    this.runner = new BatchRunner(() => this.current, config.batchRate);
    this.regenerations = new RegenerationQueue(() => this.current, config.regenerationDelayMs);
    this.dispatcher = new WebhookDispatcher({ secret: config.webhookSecret });
    this.detach = this.dispatcher.attach(this.current);
  }

  get store(): Store {
    return this.current;
  }

  get codec(): CursorCodec {
    return this.cursorCodec;
  }

  wakeBatches(): void {
    this.runner.wake();
  }

  deferRegeneration(addressId: number): void {
    this.regenerations.defer(addressId);
  }

  readonly handle = (request: IncomingMessage, response: ServerResponse): Promise<void> =>
    handleRequest(this, request, response);

  reset(seed: number, scale: number): void {
    this.runner.stop();
    this.regenerations.stop();
    this.detach();
    this.current = seedStore({ seed, scale, now: Date.now() });
    this.cursorCodec = new CursorCodec(cursorKey(this.secret, seed, scale));
    this.detach = this.dispatcher.attach(this.current);
    this.limiter.reset();
    this.faults.clear(seed);
    this.log.clear();
  }

  record(call: IncomingCall, status: number, token: string | null, faultId: number | null): void {
    let body: unknown = null;
    if (call.rawBody) {
      try {
        body = JSON.parse(call.rawBody);
      } catch {
        body = call.rawBody;
      }
    }
    this.log.add({
      request_id: call.requestId,
      time: call.receivedAt,
      method: call.method,
      path: call.path,
      query: Object.fromEntries(call.query),
      status,
      duration_ms: Math.round((performance.now() - call.startedAt) * 10) / 10,
      token,
      body,
      fault_id: faultId,
    });
  }

  close(): void {
    this.runner.stop();
    this.regenerations.stop();
    this.dispatcher.close();
    this.detach();
  }
}
