import "server-only";

/**
 * Who a call is for. `person`: someone is waiting on it (a page, a dialog, an action). `bulk`: work
 * that can yield (exports, batch progress polls, the failed-rows walk).
 */
export type Lane = "person" | "bulk";

/** Slots above the bulk ceiling by default: a page's few reads and an action fit in ten. */
const PERSON_HEADROOM = 10;

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
  /**
   * Bulk calls are admitted only while they leave the bucket at or below this level (default
   * capacity − 10, at least 1): the slots above stay free for people, here and, through observe(),
   * on other instances sharing the token. Person calls may fill the bucket to capacity − reserve.
   */
  bulkCeiling?: number;
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
 * never meets a 429. Calls that find it full wait until a slot drains, up to their deadline, in two
 * FIFO lanes: a waiting person's call always goes before waiting bulk calls, and bulk calls stop at
 * `bulkCeiling`. `observe()` folds in the server's own count (`X-Recharge-Limit: used/size`), which
 * also covers other processes sharing the token.
 */
export class LeakyBucket {
  readonly capacity: number;
  readonly leakPerSecond: number;
  readonly bulkCeiling: number;
  /** Where admission of person calls stops: capacity minus the reserve. */
  private readonly limit: number;
  private readonly now: () => number;
  private level = 0;
  private updatedAt: number;
  private readonly queues: Record<Lane, Waiter[]> = { person: [], bulk: [] };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(options: LeakyBucketOptions = {}) {
    this.capacity = options.capacity ?? 40;
    this.leakPerSecond = options.leakPerSecond ?? 2;
    this.limit = this.capacity - (options.reserve ?? 1);
    if (!(this.limit >= 1) || !(this.leakPerSecond > 0)) {
      throw new RangeError("LeakyBucket needs capacity - reserve >= 1 and leakPerSecond > 0");
    }
    this.bulkCeiling =
      options.bulkCeiling ?? Math.max(1, Math.min(this.limit, this.capacity - PERSON_HEADROOM));
    if (!(this.bulkCeiling >= 1 && this.bulkCeiling <= this.limit)) {
      throw new RangeError("LeakyBucket needs 1 <= bulkCeiling <= capacity - reserve");
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
   * `lane` defaults to `person`.
   */
  acquire(options: { deadlineAt?: number; signal?: AbortSignal; lane?: Lane } = {}): Promise<void> {
    const { deadlineAt = Number.POSITIVE_INFINITY, signal, lane = "person" } = options;
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.drain();
    const { person, bulk } = this.queues;
    // Calls ahead of this one: every waiting person, and for bulk also every waiting bulk call.
    const ahead = lane === "person" ? person.length : person.length + bulk.length;
    const ceiling = this.ceilingOf(lane);
    if (ahead === 0 && this.level + 1 <= ceiling) {
      this.level += 1;
      return Promise.resolve();
    }
    // Lower bound of the wait for this position; observe() and later people can only make it longer.
    const earliest = this.now() + ((this.level + ahead + 1 - ceiling) / this.leakPerSecond) * 1000;
    if (earliest > deadlineAt)
      return Promise.reject(new LimiterDeadlineError("rate limit wait exceeds the deadline"));

    const queue = this.queues[lane];
    return new Promise<void>((resolve, reject) => {
      const leave = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
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
      queue.push(waiter);
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

  private ceilingOf(lane: Lane): number {
    return lane === "person" ? this.limit : this.bulkCeiling;
  }

  /** The lane whose head goes next: people first; bulk only when no person waits. */
  private headLane(): Lane | null {
    if (this.queues.person.length > 0) return "person";
    return this.queues.bulk.length > 0 ? "bulk" : null;
  }

  private drain() {
    const now = this.now();
    this.level = Math.max(0, this.level - ((now - this.updatedAt) / 1000) * this.leakPerSecond);
    this.updatedAt = now;
  }

  /** Arms the timer for when the head waiter fits; re-arms earlier when a person overtakes bulk. */
  private schedule() {
    const lane = this.headLane();
    if (lane === null) return;
    this.drain();
    const waitMs = Math.max(0, ((this.level + 1 - this.ceilingOf(lane)) / this.leakPerSecond) * 1000);
    const at = this.now() + Math.ceil(waitMs);
    if (this.timer) {
      if (this.timerAt <= at) return;
      clearTimeout(this.timer);
    }
    this.timerAt = at;
    this.timer = setTimeout(() => this.pump(), Math.ceil(waitMs));
  }

  private pump() {
    this.timer = null;
    this.timerAt = Number.POSITIVE_INFINITY;
    this.drain();
    // A tiny epsilon absorbs float error so a timer that fires "on time" is not re-armed for 0 ms.
    for (let lane = this.headLane(); lane !== null; lane = this.headLane()) {
      if (this.level + 1 > this.ceilingOf(lane) + 1e-9) break;
      const waiter = this.queues[lane].shift();
      if (!waiter) break;
      waiter.cleanup();
      this.level += 1;
      waiter.resolve();
    }
    this.schedule();
  }
}
