// Simulated network and server time (SANDBOX_LATENCY_MS, off by default), so that benchmarks see
// calls that take as long as real ones. Each API call is delayed by the base plus a uniform jitter:
// half before the bucket counts it (the request travelling), half before the answer is written (the
// answer travelling), so a client's copy of X-Recharge-Limit is as stale as it would be in production.
import { createRandom, type Random } from "../seed/prng";

export interface LatencyOptions {
  /** Every API call takes at least this long. 0 (the default) switches latency off. */
  baseMs: number;
  /** Up to this much more, drawn uniformly per call. */
  jitterMs: number;
}

export class Latency {
  private readonly random: Random;

  constructor(
    private readonly options: LatencyOptions,
    seed: number,
  ) {
    this.random = createRandom(seed ^ 0x1a7e);
  }

  get enabled(): boolean {
    return this.options.baseMs > 0 || this.options.jitterMs > 0;
  }

  /** One call's delay in whole milliseconds, split into the way in and the way out. */
  draw(): { inboundMs: number; outboundMs: number } {
    if (!this.enabled) return { inboundMs: 0, outboundMs: 0 };
    const total = Math.round(this.options.baseMs + this.random.next() * this.options.jitterMs);
    const inboundMs = Math.floor(total / 2);
    return { inboundMs, outboundMs: total - inboundMs };
  }
}
