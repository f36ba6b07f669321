import { describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";
import type { BatchUpload } from "@/lib/db/batch-uploads";
import type { AsyncBatchTask } from "@/lib/recharge/schemas/async-batch-task";

setInMemoryDemoEnv();
const { failedRowsOf } = await import("./batch-failed-rows");

const failedTask = (id: number, body: Record<string, unknown>): AsyncBatchTask => ({
  id,
  batch_id: 1,
  body,
  completed_at: null,
  created_at: "2026-01-01T00:00:00+00:00",
  updated_at: "2026-01-01T00:00:00+00:00",
  status: "failed",
  result: { status_code: 422, output: { errors: { code: ["has already been taken"] } } },
});

const upload = (overrides: Partial<BatchUpload>): BatchUpload => ({
  id: "1",
  batchId: "1",
  batchType: "discount_create",
  createdBy: "admin@example.com",
  createdAt: "2026-01-01T00:00:00.000Z",
  fileName: null,
  rowCount: 2,
  retryOf: null,
  tasksSha256: "ab".repeat(32),
  columns: [],
  rows: [],
  taskIds: [11, 12],
  taskBodies: [{ code: "SENT-A" }, { code: "SENT-B" }],
  ...overrides,
});

describe("failedRowsOf", () => {
  it("gives a failed task of an upload without a file as the body we recorded sending", () => {
    const rows = failedRowsOf(upload({}), [failedTask(12, { code: "WHAT-RECHARGE-SAYS" })]);
    expect(rows).toEqual({
      columns: ["code"],
      rows: [{ task_id: 12, cells: ["SENT-B"], error: "code: has already been taken" }],
    });
  });

  it("gives the uploaded row when the upload came with a file", () => {
    const rows = failedRowsOf(
      upload({
        fileName: "codes.csv",
        columns: ["code", "notes"],
        rows: [
          ["A", "x"],
          ["B", "y"],
        ],
      }),
      [failedTask(11, { code: "A" })],
    );
    expect(rows.rows).toEqual([{ task_id: 11, cells: ["A", "x"], error: "code: has already been taken" }]);
  });

  it("falls back to Recharge's bodies only for a batch it holds no record of", () => {
    expect(failedRowsOf(null, [failedTask(5, { code: "ELSEWHERE" })]).rows[0]?.cells).toEqual(["ELSEWHERE"]);
  });
});
