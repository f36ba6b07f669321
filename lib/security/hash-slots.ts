// A cap on password hashes in flight in this instance. Each scrypt hash holds 128 MiB for ~0.4 s and
// runs on one of libuv's four threads (shared with fs and DNS): unbounded, a burst of guesses would
// exhaust memory and starve every other request. Over the cap a sign-in waits briefly, then is refused.
import "server-only";

export interface SlotOptions {
  /** Hashes at once. */
  max: number;
  /** Attempts allowed to wait for a slot; any more are refused at once. */
  maxWaiting: number;
  /** How long one waits before it is refused. */
  waitMs: number;
}

export type SlotResult<T> = { ok: true; value: T } | { ok: false };

/** A counting semaphore whose queue is short and whose wait is timed: it never queues forever. */
export function createSlots({ max, maxWaiting, waitMs }: SlotOptions) {
  let busy = 0;
  const waiting: (() => void)[] = [];

  const acquire = (): Promise<boolean> => {
    if (busy < max) {
      busy += 1;
      return Promise.resolve(true);
    }
    if (waiting.length >= maxWaiting) return Promise.resolve(false);
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(grant), 1);
        resolve(false);
      }, waitMs);
      waiting.push(grant);
    });
  };

  // A freed slot goes straight to the next in line, so `busy` only drops when nobody waits.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy -= 1;
  };

  return {
    async run<T>(work: () => Promise<T>): Promise<SlotResult<T>> {
      if (!(await acquire())) return { ok: false };
      try {
        return { ok: true, value: await work() };
      } finally {
        release();
      }
    },
  };
}
