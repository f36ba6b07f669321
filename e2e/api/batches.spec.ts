import { expect, mutation, test } from "../fixtures/api";

test.describe("POST /api/batches", () => {
  // The second test counts batch creations in the sandbox's log: the first must not create one meanwhile.
  test.describe.configure({ mode: "serial" });

  test("creates a batch, adds 2,500 tasks in three ordered requests, starts it, and it completes", async ({
    api,
    sandbox,
  }) => {
    const run = Date.now().toString(36).toUpperCase();
    const tasks = Array.from({ length: 2500 }, (_, index) => ({
      body:
        index % 500 === 7
          ? { code: "", value: "10", value_type: "percentage" } // invalid: fails like the single endpoint
          : { code: `API${run}${index}`, value: "10", value_type: "percentage" },
    }));
    const response = await api.admin.post(
      "/api/batches",
      mutation({ batch_type: "discount_create", tasks, reason: "api test" }),
    );
    expect(response.status(), await response.text()).toBe(200);
    const batch = (await response.json()).data as { id: number; status: string; total_task_count: number };
    expect(batch.status).toBe("processing");
    expect(batch.total_task_count).toBe(2500);
    expect(await sandbox.requests("POST", `/async_batches/${batch.id}/tasks`)).toHaveLength(3);

    await expect
      .poll(async () => (await (await api.viewer.get(`/api/batches/${batch.id}`)).json()).data.status, {
        timeout: 60_000,
      })
      .toBe("completed");
    const done = (await (await api.viewer.get(`/api/batches/${batch.id}`)).json()).data;
    expect(done).toMatchObject({ success_task_count: 2495, fail_task_count: 5 });

    const tasksPage = await (await api.viewer.get(`/api/batches/${batch.id}/tasks?limit=250`)).json();
    expect(tasksPage.data).toHaveLength(250);
    expect(tasksPage.nextCursor).toBeTruthy();
  });

  test("more than 10,000 tasks is a 422 before anything is created", async ({ api, sandbox }) => {
    const before = await sandbox.requests("POST", "/async_batches");
    const tasks = Array.from({ length: 10_001 }, (_, index) => ({ body: { code: `X${index}` } }));
    const response = await api.admin.post("/api/batches", mutation({ batch_type: "discount_create", tasks }));
    expect(response.status()).toBe(422);
    expect((await response.json()).error.fields.tasks[0]).toMatch(/at most 10,000/);
    expect(await sandbox.requests("POST", "/async_batches")).toHaveLength(before.length);
  });
});
