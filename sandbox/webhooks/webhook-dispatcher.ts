// Delivers events to registered webhooks: POST of the record's GET envelope, signed both ways, retried
// a few times with backoff on a non-2xx answer, an error or a 5 s timeout. Nothing here keeps the
// process alive: timers are unref'd and close() aborts deliveries in flight.
import type { SandboxEvent, Store } from "../store/store";
import { legacySignature, timestampedSignature } from "./signatures";

export const PLATFORM_DOMAIN = "sandbox-store.myshopify.com";

export interface DispatcherOptions {
  secret: string;
  /** Attempts per delivery, the first included. */
  attempts?: number;
  /** Delay before the first retry; each later retry waits 4× longer. */
  backoffMs?: number;
  timeoutMs?: number;
}

export class WebhookDispatcher {
  private readonly aborter = new AbortController();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: DispatcherOptions) {
    this.attempts = options.attempts ?? 4;
    this.backoffMs = options.backoffMs ?? 250;
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /** Subscribes to a store's events; returns the unsubscribe function. */
  attach(store: Store): () => void {
    return store.onEvent((event) => this.dispatch(store, event));
  }

  close(): void {
    this.aborter.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private dispatch(store: Store, event: SandboxEvent): void {
    const hooks = store.webhooks.lookup("topic", event.topic);
    if (hooks.length === 0 || this.aborter.signal.aborted) return;
    // Serialised now: the record keeps changing after the event.
    const body = JSON.stringify({ [event.envelope]: event.record });
    for (const hook of hooks) void this.deliver(hook.address, event.topic, body, 1);
  }

  private async deliver(address: string, topic: string, body: string, attempt: number): Promise<void> {
    const unix = Math.floor(Date.now() / 1000);
    let delivered = false;
    try {
      const response = await fetch(address, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-recharge-topic": topic,
          "x-recharge-hmac-sha256": legacySignature(this.options.secret, body),
          "x-recharge-webhook-timestamp": String(unix),
          "x-recharge-webhook-signature": timestampedSignature(this.options.secret, unix, body),
          "x-recharge-external-platform-domain": PLATFORM_DOMAIN,
        },
        signal: AbortSignal.any([this.aborter.signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      await response.arrayBuffer().catch(() => undefined);
      delivered = response.ok;
    } catch {
      delivered = false;
    }
    if (delivered || attempt >= this.attempts || this.aborter.signal.aborted) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        void this.deliver(address, topic, body, attempt + 1);
      },
      this.backoffMs * 4 ** (attempt - 1),
    );
    timer.unref();
    this.timers.add(timer);
  }
}
