import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunkTasks } from "./batch-submission";
import { TASKS_PER_BATCH, TASKS_PER_REQUEST } from "./submittable-batch-types";

describe("chunkTasks", () => {
  it("for any n ≤ 10,000 makes exactly ⌈n/1000⌉ chunks of ≤ 1,000, preserving order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: TASKS_PER_BATCH }), (n) => {
        const tasks = Array.from({ length: n }, (_, index) => index);
        const chunks = chunkTasks(tasks);
        expect(chunks).toHaveLength(Math.ceil(n / TASKS_PER_REQUEST));
        expect(chunks.every((chunk) => chunk.length >= 1 && chunk.length <= TASKS_PER_REQUEST)).toBe(true);
        expect(chunks.flat()).toEqual(tasks);
      }),
      { numRuns: 200 },
    );
  });
});
