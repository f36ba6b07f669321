// How a client paced its calls against a leaky bucket, read from what the upstream received (the
// sandbox's request log): the burst it took, then its sustained rate once the bucket was full.
import { percentile, round } from "./stats.mjs";

/** Requests per second over requests from+1…n, i.e. over the time (t_from, t_n]. */
function rateAfter(times, from) {
  if (from === null || from >= times.length - 1) return null;
  return (times.length - 1 - from) / ((times[times.length - 1] - times[from]) / 1000);
}

/**
 * Index of the request that (nearly) filled the bucket, replaying the leaky bucket over the arrival
 * times. "Nearly", within 3 slots: the app keeps one slot in reserve and rounds the server's count
 * up, so it steadies at ~38 of 40. The burst is longer than the bucket, as it drains meanwhile.
 */
function bucketFullAt(times, { bucketSize, leakRate }) {
  let level = 0;
  for (let index = 0; index < times.length; index++) {
    const elapsed = index === 0 ? 0 : (times[index] - times[index - 1]) / 1000;
    level = Math.max(0, level - elapsed * leakRate) + 1;
    if (level >= bucketSize - 3) return index;
  }
  return null;
}

const rounded = (value, digits) => (value === null ? null : round(value, digits));

/** `requests`: the sandbox's log entries of one client's calls, in any order. */
export function upstreamPace(requests, bucket) {
  const times = requests.map((request) => Date.parse(request.time)).sort((a, b) => a - b);
  const fullAt = bucketFullAt(times, bucket);
  const gaps =
    fullAt === null ? [] : times.slice(fullAt + 1).map((time, index) => time - times[fullAt + index]);
  return {
    requests: requests.length,
    status429: requests.filter((request) => request.status === 429).length,
    burstRequests: fullAt === null ? null : fullAt + 1,
    medianGapMsAfterBurst: gaps.length ? round(percentile(gaps, 50), 0) : null,
    // From the moment the bucket is full: counting from request 40 instead would credit the client
    // with the slack drained during the burst (one pacing 1.7/s would show ~1.8/s). Shown as well.
    sustainedRequestsPerSecond: rounded(rateAfter(times, fullAt), 2),
    afterFirst40RequestsPerSecond: rounded(rateAfter(times, bucket.bucketSize - 1), 2),
    ceilingRequestsPerSecond: bucket.leakRate,
  };
}
