import { describe, expect, it } from "vitest";
import { compilePathPattern } from "./path-pattern";

describe("compilePathPattern", () => {
  it.each([
    ["/charges", "/charges", true],
    ["/charges", "/charges/", true],
    ["/charges", "/charges/1", false],
    ["/charges/*/refund", "/charges/123/refund", true],
    ["/charges/*/refund", "/charges/123/skip", false],
    ["/charges/*", "/charges", false],
    ["/charges/**", "/charges", true],
    ["/charges/**", "/charges/1/refund", true],
    ["/**/process", "/async_batches/4/process", true],
    ["/**", "/anything/at/all", true],
    ["/charges?status=queued", "/charges", true],
  ])("%s matches %s: %s", (pattern, path, expected) => {
    expect(compilePathPattern(pattern)(path)).toBe(expected);
  });
});
