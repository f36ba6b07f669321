import { describe, expect, it } from "vitest";
import { createRefusalCounter } from "./anonymous-refusals";

describe("createRefusalCounter", () => {
  it("logs at most one line a minute, carrying the count of every refusal since the last", () => {
    const lines: string[] = [];
    const note = createRefusalCounter({ everyMs: 60_000, log: (line) => lines.push(line) });
    note("charge.refund", 0);
    for (let second = 1; second < 60; second++) {
      note("charge.refund", second * 1000);
      note("batch.submit", second * 1000);
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Refused 1 ");
    note("charge.refund", 60_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /Refused 119 .*since 1970-01-01T00:00:01\.000Z.*charge\.refund ×60, batch\.submit ×59/,
    );
  });
});
