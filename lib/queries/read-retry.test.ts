import { describe, expect, it } from "vitest";
import { ApiClientError } from "./api-error";
import { shouldRetryRead } from "./read-retry";

describe("shouldRetryRead", () => {
  it("tries once more when the BFF's answer never arrived", () => {
    expect(shouldRetryRead(0, new ApiClientError(0, "network_error", "unreachable"))).toBe(true);
    expect(shouldRetryRead(0, new ApiClientError(502, "unknown", "The server answered 502."))).toBe(true);
    expect(shouldRetryRead(0, new TypeError("boom"))).toBe(true);
  });

  it("takes the BFF's own answer as final: it already retried Recharge", () => {
    for (const [status, code] of [
      [503, "upstream_unavailable"],
      [502, "upstream_error"],
      [500, "internal"],
      [429, "rate_limited"],
      [404, "not_found"],
      [422, "validation_failed"],
    ] as const) {
      expect(shouldRetryRead(0, new ApiClientError(status, code, "x"))).toBe(false);
    }
  });

  it("tries at most once", () => {
    expect(shouldRetryRead(1, new ApiClientError(0, "network_error", "unreachable"))).toBe(false);
  });
});
