import "server-only";

export interface LeakyBucketOptions {
  /** Requests the bucket holds. Recharge: 40. */
  capacity?: number;
  /** Requests drained per second. Recharge: 2. */
  leakPerSecond?: number;
  /**
   * Slots kept free (default 1). Recharge counts a request when it arrives, not when we send it: a
   * request that overtakes an earlier one on the network can find the bucket fuller than our copy.
   */
  reserve?: number;
  /** Clock in ms; injectable for tests. */
  now?: () => number;
}

/** The limiter gave up: the call could not start before its deadline. Nothing was sent. */
export class LimiterDeadlineError extends Error {
  override readonly name = "LimiterDeadlineError";
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  cleanup: () => void;
}

/**
 * A client-side copy of Recharge's per-token leaky bucket (recharge-api.md §7), so that normal use
 * never meets a 429. Calls that find it full wait in FIFO order until a slot drains, up to their
 * deadline. `observe()` folds in the server's own count (`X-Recharge-Limit: used/size`), which also
 * covers other processes sharing the token.
 */
export class LeakyBucket {
  readonly capacity: number;
  readonly leakPerSecond: number;
  /** Where admission stops: capacity minus the reserve. */
  private readonly limit: number;
  private readonly now: () => number;
  private level = 0;
  private updatedAt: number;
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: LeakyBucketOptions = {}) {
    this.capacity = options.capacity ?? 40;
    this.leakPerSecond = options.leakPerSecond ?? 2;
    this.limit = this.capacity - (options.reserve ?? 1);
    if (!(this.limit >= 1) || !(this.leakPerSecond > 0)) {
      throw new RangeError("LeakyBucket needs capacity - reserve >= 1 and leakPerSecond > 0");
    }
    this.now = options.now ?? Date.now;
    this.updatedAt = this.now();
  }

  /** Requests currently counted in the bucket (fractional while draining). */
  get currentLevel(): number {
    this.drain();
    return this.level;
  }

  /**
   * Resolves when the caller may send one request. Rejects with LimiterDeadlineError when the
   * wait would pass `deadlineAt` (at once if that is already certain), or with the signal's reason.
   */
  acquire(options: { deadlineAt?: number; signal?: AbortSignal } = {}): Promise<void> {
    const { deadlineAt = Number.POSITIVE_INFINITY, signal } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.drain();
    if (this.queue.length === 0 && this.level + 1 <= this.limit) {
      this.level += 1;
      return Promise.resolve();
    }
    // Lower bound of the wait for this position; observe() can only make it longer.
    const ahead = this.queue.length + 1;
    const earliest = this.now() + ((this.level + ahead - this.limit) / this.leakPerSecond) * 1000;
    if (earliest > deadlineAt)
      return Promise.reject(new LimiterDeadlineError("rate limit wait exceeds the deadline"));

    return new Promise<void>((resolve, reject) => {
      const leave = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
      };
      const onAbort = () => {
        leave();
        waiter.cleanup();
        reject(signal?.reason);
      };
      const deadlineTimer = Number.isFinite(deadlineAt)
        ? setTimeout(
            () => {
              leave();
              waiter.cleanup();
              reject(new LimiterDeadlineError("rate limit wait exceeded the deadline"));
            },
            Math.max(0, deadlineAt - this.now()),
          )
        : null;
      const waiter: Waiter = {
        resolve,
        reject,
        cleanup: () => {
          if (deadlineTimer) clearTimeout(deadlineTimer);
          signal?.removeEventListener("abort", onAbort);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
      this.schedule();
    });
  }

  /**
   * Aligns with the server's view after a response. Only ever raises the local level: responses
   * arrive out of order and the local count already includes requests still in flight.
   */
  observe(limitHeader: string | null, status: number): void {
    this.drain();
    if (status === 429) this.level = Math.max(this.level, this.capacity);
    const match = limitHeader ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(limitHeader) : null;
    if (match) {
      const used = Number(match[1]);
      const size = Number(match[2]);
      // Compare free slots, so a server bucket smaller than ours still caps us correctly.
      this.level = Math.min(this.capacity, Math.max(this.level, this.capacity - (size - used)));
    }
  }

  private drain() {
    const now = this.now();
    this.level = Math.max(0, this.level - ((now - this.updatedAt) / 1000) * this.leakPerSecond);
    this.updatedAt = now;
  }

  private schedule() {
    if (this.timer || this.queue.length === 0) return;
    this.drain();
    const waitMs = Math.max(0, ((this.level + 1 - this.limit) / this.leakPerSecond) * 1000);
    this.timer = setTimeout(() => this.pump(), Math.ceil(waitMs));
  }

  private pump() {
    this.timer = null;
    this.drain();
    // A tiny epsilon absorbs float error so a timer that fires "on time" is not re-armed for 0 ms.
    while (this.queue.length > 0 && this.level + 1 <= this.limit + 1e-9) {
      const waiter = this.queue.shift();
      if (!waiter) break;
      waiter.cleanup();
      this.level += 1;
      waiter.resolve();
    }
    this.schedule();
  }
}
