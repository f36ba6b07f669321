import { describe, expect, it } from "vitest";
import { ApiClientError } from "./api-error";
import { isCorrection, isFieldRefusal } from "./use-action-mutation";

const refusal = (fields: Record<string, string[]>) =>
  new ApiClientError(422, "validation_failed", "Some fields are not valid.", fields);

describe("a corrected confirm after a refusal", () => {
  it("counts a 422 naming body fields as a refusal: nothing was applied", () => {
    expect(isFieldRefusal(refusal({ "discounts.0.code": ["SANDBOXDISABLED is disabled"] }))).toBe(true);
  });

  it("does not count the Idempotency-Key conflict, a lost answer or a 422 without fields", () => {
    expect(isFieldRefusal(refusal({ "Idempotency-Key": ["was used for a different request"] }))).toBe(false);
    expect(isFieldRefusal(new ApiClientError(503, "upstream_unavailable", "Recharge did not confirm."))).toBe(
      false,
    );
    expect(isFieldRefusal(new ApiClientError(0, "network", "offline"))).toBe(false);
    expect(isFieldRefusal(new ApiClientError(422, "validation_failed", "No."))).toBe(false);
  });

  it("takes a new key only for a changed body while nothing sent with the key may have applied", () => {
    expect(isCorrection({ body: '{"a":2}', sentBody: '{"a":1}', keyMayHaveApplied: false })).toBe(true);
    expect(isCorrection({ body: '{"a":1}', sentBody: '{"a":1}', keyMayHaveApplied: false })).toBe(false);
    expect(isCorrection({ body: '{"a":1}', sentBody: null, keyMayHaveApplied: false })).toBe(false);
    // A lost answer earlier: the key is kept for good, even for a changed body.
    expect(isCorrection({ body: '{"a":2}', sentBody: '{"a":1}', keyMayHaveApplied: true })).toBe(false);
  });
});
