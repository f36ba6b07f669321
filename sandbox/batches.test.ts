import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AsyncBatch, BatchTask, Discount } from "./store/admin-types";
import { eventually, listAll, startTestSandbox, type TestSandbox } from "./test-support";

type Errors = { errors: Record<string, unknown> };
let t: TestSandbox;
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.05, batchRate: 200 });
});
afterAll(() => t.close());

let serial = 0;
async function newBatch(sandbox: TestSandbox, type = "discount_create"): Promise<AsyncBatch> {
  const res = await sandbox.api<{ async_batch: AsyncBatch }>("POST", "/async_batches", {
    body: { batch_type: type },
  });
  expect(res.status).toBe(201);
  return res.body.async_batch;
}
const discountTask = () => ({ body: { code: `BATCH${++serial}`, value: "10", value_type: "percentage" } });
const addTasks = (sandbox: TestSandbox, id: number, tasks: unknown[]) =>
  sandbox.api<{ async_batch_tasks: BatchTask[]; count: number } & Errors>(
    "POST",
    `/async_batches/${id}/tasks`,
    { body: { tasks } },
  );
async function finished(sandbox: TestSandbox, id: number): Promise<AsyncBatch> {
  return eventually(async () => {
    const batch = (await sandbox.api<{ async_batch: AsyncBatch }>("GET", `/async_batches/${id}`)).body
      .async_batch;
    return batch.closed_at ? batch : undefined;
  });
}

describe("POST /async_batches", () => {
  it("creates a not_started batch (201)", async () => {
    const batch = await newBatch(t);
    expect(batch).toMatchObject({
      batch_type: "discount_create",
      status: "not_started",
      total_task_count: 0,
      submitted_at: null,
      closed_at: null,
      version: "2021-11",
    });
    expect(Object.keys(batch)).toEqual([
      "id",
      "batch_type",
      "closed_at",
      "created_at",
      "fail_task_count",
      "status",
      "submitted_at",
      "success_task_count",
      "total_task_count",
      "updated_at",
      "version",
    ]);
  });

  it("refuses a Recharge batch type the sandbox does not support", async () => {
    const res = await t.api("POST", "/async_batches", { body: { batch_type: "onetime_create" } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: { batch_type: ["onetime_create is not supported by the sandbox"] } });
  });

  it("refuses an unknown batch type", async () => {
    const res = await t.api("POST", "/async_batches", { body: { batch_type: "cake_bake" } });
    expect(res.body).toEqual({ errors: { batch_type: ["is not included in the list"] } });
  });
});

describe("POST /async_batches/:id/tasks", () => {
  it("adds tasks and answers them with their count", async () => {
    const batch = await newBatch(t);
    const res = await addTasks(t, batch.id, [discountTask(), discountTask()]);
    expect(res.status).toBe(201);
    expect(res.body.count).toBe(2);
    expect(res.body.async_batch_tasks[0]).toMatchObject({
      batch_id: batch.id,
      status: "not_started",
      result: null,
      completed_at: null,
    });
  });

  it("refuses more than 1,000 tasks in one request", async () => {
    const batch = await newBatch(t);
    const res = await addTasks(t, batch.id, Array.from({ length: 1_001 }, discountTask));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ tasks: ["at most 1000 tasks per request"] });
  });

  it("refuses to grow a batch beyond 10,000 tasks", async () => {
    const batch = await newBatch(t);
    for (let i = 0; i < 10; i++)
      expect((await addTasks(t, batch.id, Array.from({ length: 1_000 }, discountTask))).status).toBe(201);
    const res = await addTasks(t, batch.id, [discountTask()]);
    expect(res.status).toBe(422);
    expect((res.body.errors.tasks as string[])[0]).toMatch(/at most 10000 tasks/);
  });

  it("refuses an empty task list and tasks without a body object", async () => {
    const batch = await newBatch(t);
    expect((await addTasks(t, batch.id, [])).body.errors).toEqual({ tasks: ["can't be blank"] });
    const res = await addTasks(t, batch.id, [{ body: "nope" }]);
    expect(res.status).toBe(422);
    expect(res.body.errors.tasks).toBeDefined();
  });

  it("refuses tasks once the batch was submitted", async () => {
    const batch = await newBatch(t);
    await addTasks(t, batch.id, [discountTask()]);
    await t.api("POST", `/async_batches/${batch.id}/process`, { body: {} });
    const res = await addTasks(t, batch.id, [discountTask()]);
    expect(res.status).toBe(422);
    expect((res.body.errors.status as string[])[0]).toMatch(/not_started/);
    await finished(t, batch.id);
  });
});

describe("POST /async_batches/:id/process", () => {
  it("refuses a batch without tasks", async () => {
    const batch = await newBatch(t);
    const res = await t.api("POST", `/async_batches/${batch.id}/process`, { body: {} });
    expect(res.body).toEqual({ errors: { tasks: ["the batch has no tasks"] } });
  });

  it("submits the batch, which advances visibly to completed with per-task results", async () => {
    const batch = await newBatch(t);
    const tasks = Array.from({ length: 150 }, discountTask);
    tasks[3] = { body: { code: "BAD CODE", value: "10", value_type: "percentage" } };
    tasks[7] = { body: { ...tasks[6]!.body } };
    await addTasks(t, batch.id, tasks);
    const res = await t.api<{ async_batch: AsyncBatch }>("POST", `/async_batches/${batch.id}/process`, {
      body: {},
    });
    expect(res.status).toBe(200);
    expect(res.body.async_batch.status).toBe("processing");
    expect(res.body.async_batch.submitted_at).not.toBeNull();

    const seen: number[] = [];
    const done = await eventually(
      async () => {
        const current = (await t.api<{ async_batch: AsyncBatch }>("GET", `/async_batches/${batch.id}`)).body
          .async_batch;
        seen.push(current.success_task_count + current.fail_task_count);
        return current.closed_at ? current : undefined;
      },
      10_000,
      40,
    );
    expect(done).toMatchObject({
      status: "completed",
      total_task_count: 150,
      success_task_count: 148,
      fail_task_count: 2,
    });
    expect(seen.some((count) => count > 0 && count < 150)).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const results = await listAll<BatchTask>(
      t,
      `async_batches/${batch.id}/tasks`,
      "sort_by=id-asc",
      "async_batch_tasks",
    );
    expect(results).toHaveLength(150);
    expect(results[0]).toMatchObject({
      status: "completed",
      result: { status_code: 201, output: { discount: { code: tasks[0]!.body.code } } },
    });
    expect(results[3]).toMatchObject({
      status: "failed",
      result: { status_code: 422, output: { errors: { code: ["must not contain spaces"] } } },
    });
    expect(results[7]).toMatchObject({
      status: "failed",
      result: { status_code: 422, output: { errors: { code: ["has already been taken"] } } },
    });
  });

  const tasksOf = (id: number) =>
    listAll<BatchTask>(t, `async_batches/${id}/tasks`, "sort_by=id-asc", "async_batch_tasks");
  const createDiscount = async () =>
    (await t.api<{ discount: Discount }>("POST", "/discounts", { body: discountTask().body })).body.discount;

  it("runs the documented update and delete bodies, which change the discounts", async () => {
    const made = await createDiscount();
    const update = await newBatch(t, "discount_update");
    await addTasks(t, update.id, [
      { body: { discount_id: made.id, changes: { value: "12", status: "disabled" } } },
      // E2 types discount_id as a string: the numeric string names the same discount.
      { body: { discount_id: String(made.id), changes: { usage_limits: { redemptions: 50 } } } },
      { body: { discount_id: 1, changes: { value: "1" } } },
    ]);
    await t.api("POST", `/async_batches/${update.id}/process`, { body: {} });
    expect(await finished(t, update.id)).toMatchObject({ success_task_count: 2, fail_task_count: 1 });
    const updateResults = await tasksOf(update.id);
    expect(updateResults.map((task) => task.result?.status_code)).toEqual([200, 200, 404]);
    expect(updateResults[2]!.result?.output).toEqual({ errors: "Not Found" });
    const changed = (await t.api<{ discount: Discount }>("GET", `/discounts/${made.id}`)).body.discount;
    expect(changed).toMatchObject({ value: "12.00", status: "disabled", usage_limits: { redemptions: 50 } });

    const remove = await newBatch(t, "discount_delete");
    await addTasks(t, remove.id, [{ body: { discount_id: made.id } }]);
    await t.api("POST", `/async_batches/${remove.id}/process`, { body: {} });
    await finished(t, remove.id);
    const [deleted] = await tasksOf(remove.id);
    expect(deleted).toMatchObject({ status: "completed", result: { status_code: 204, output: null } });
    expect((await t.api("GET", `/discounts/${made.id}`)).status).toBe(404);
  });

  it("fails an undocumented update or delete body with a 422 result and changes nothing", async () => {
    const made = await createDiscount();
    const update = await newBatch(t, "discount_update");
    await addTasks(t, update.id, [
      { body: { id: made.id, value: "12" } },
      { body: { discount_id: made.id, value: "12" } },
      { body: { discount_id: made.id, changes: { value: "12" }, note: "x" } },
      { body: { changes: { value: "12" } } },
      { body: { discount_id: made.id, changes: {} } },
      { body: { discount_id: made.id, changes: { discount_type: "percentage" } } },
    ]);
    const remove = await newBatch(t, "discount_delete");
    await addTasks(t, remove.id, [
      { body: { id: made.id } },
      { body: { discount_id: made.id, force: true } },
    ]);
    await t.api("POST", `/async_batches/${update.id}/process`, { body: {} });
    expect(await finished(t, update.id)).toMatchObject({ status: "failed", fail_task_count: 6 });
    await t.api("POST", `/async_batches/${remove.id}/process`, { body: {} });
    expect(await finished(t, remove.id)).toMatchObject({ status: "failed", fail_task_count: 2 });

    const unknown = "is not a documented field of this request";
    expect((await tasksOf(update.id)).map((task) => [task.status, task.result])).toEqual([
      [
        "failed",
        {
          status_code: 422,
          output: {
            errors: {
              id: [unknown],
              value: [unknown],
              discount_id: ["can't be blank"],
              changes: ["can't be blank"],
            },
          },
        },
      ],
      [
        "failed",
        {
          status_code: 422,
          output: {
            errors: { value: [unknown], changes: ["can't be blank"] },
          },
        },
      ],
      ["failed", { status_code: 422, output: { errors: { note: [unknown] } } }],
      ["failed", { status_code: 422, output: { errors: { discount_id: ["can't be blank"] } } }],
      ["failed", { status_code: 422, output: { errors: { changes: ["can't be blank"] } } }],
      ["failed", { status_code: 422, output: { errors: { discount_type: [unknown] } } }],
    ]);
    expect((await tasksOf(remove.id)).map((task) => task.result)).toEqual([
      { status_code: 422, output: { errors: { id: [unknown], discount_id: ["can't be blank"] } } },
      { status_code: 422, output: { errors: { force: [unknown] } } },
    ]);
    expect((await t.api<{ discount: Discount }>("GET", `/discounts/${made.id}`)).body.discount).toEqual(made);
  });

  it("ends as failed when every task failed", async () => {
    const batch = await newBatch(t);
    await addTasks(t, batch.id, [{ body: {} }, { body: { code: "" } }]);
    await t.api("POST", `/async_batches/${batch.id}/process`, { body: {} });
    expect(await finished(t, batch.id)).toMatchObject({ status: "failed", fail_task_count: 2 });
  });

  it("refuses to process a batch twice", async () => {
    const batch = await newBatch(t);
    await addTasks(t, batch.id, [discountTask()]);
    await t.api("POST", `/async_batches/${batch.id}/process`, { body: {} });
    const res = await t.api<Errors>("POST", `/async_batches/${batch.id}/process`, { body: {} });
    expect(res.status).toBe(422);
    await finished(t, batch.id);
  });

  it("rejects another batch's task cursor", async () => {
    const a = await newBatch(t);
    const b = await newBatch(t);
    await addTasks(t, a.id, [discountTask(), discountTask()]);
    const page = await t.api<{ next_cursor: string }>("GET", `/async_batches/${a.id}/tasks?limit=1`);
    const res = await t.api("GET", `/async_batches/${b.id}/tasks?cursor=${page.body.next_cursor}`);
    expect(res.body).toEqual({ errors: { cursor: ["Invalid value"] } });
  });
});

describe("batch queue", () => {
  let slow: TestSandbox;
  beforeAll(async () => {
    slow = await startTestSandbox({ scale: 0.05, batchRate: 20 });
  });
  afterAll(() => slow.close());

  it("holds at most two batches (one processing, one waiting): a third is refused with 422", async () => {
    const batches = [await newBatch(slow), await newBatch(slow), await newBatch(slow)];
    for (const batch of batches)
      await addTasks(slow, batch.id, [discountTask(), discountTask(), discountTask()]);
    expect((await slow.api("POST", `/async_batches/${batches[0]!.id}/process`, { body: {} })).status).toBe(
      200,
    );
    expect((await slow.api("POST", `/async_batches/${batches[1]!.id}/process`, { body: {} })).status).toBe(
      200,
    );
    const third = await slow.api<Errors>("POST", `/async_batches/${batches[2]!.id}/process`, { body: {} });
    expect(third.status).toBe(422);
    expect((third.body.errors.async_batch as string[])[0]).toMatch(/at most 2 batches/);
    const waiting = (await slow.api<{ async_batch: AsyncBatch }>("GET", `/async_batches/${batches[1]!.id}`))
      .body.async_batch;
    expect(waiting).toMatchObject({ status: "processing", success_task_count: 0 });
    await finished(slow, batches[0]!.id);
    expect((await slow.api("POST", `/async_batches/${batches[2]!.id}/process`, { body: {} })).status).toBe(
      200,
    );
  });
});
