// Recharge's leaky bucket, one per token: each request adds one; the bucket drains `leakRate` per
// second; a request that would overflow it is refused (and not counted).

export interface BucketReading {
  allowed: boolean;
  /** Requests in the bucket after this one, rounded up as `X-Recharge-Limit` shows it. */
  used: number;
  size: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { level: number; at: number }>();

  constructor(
    private readonly size: number,
    private readonly leakRate: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  take(key: string): BucketReading {
    const bucket = this.drained(key);
    const allowed = bucket.level + 1 <= this.size;
    if (allowed) bucket.level += 1;
    return { allowed, used: Math.min(this.size, Math.ceil(bucket.level - 1e-9)), size: this.size };
  }

  /** The current reading without adding a request (for answers that bypass the bucket). */
  peek(key: string): BucketReading {
    const bucket = this.drained(key);
    return { allowed: bucket.level + 1 <= this.size, used: Math.ceil(bucket.level - 1e-9), size: this.size };
  }

  reset(): void {
    this.buckets.clear();
  }

  private drained(key: string) {
    const now = this.clock();
    const bucket = this.buckets.get(key) ?? { level: 0, at: now };
    bucket.level = Math.max(0, bucket.level - ((now - bucket.at) / 1000) * this.leakRate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
