// Advances processing batches in the background: every ~100 ms it runs the share of tasks the rate
// allows (100 tasks/s by default), so progress is visible while polling. The timer is unref'd and only
// runs while a batch is queued.
import type { BatchTask } from "../store/admin-types";
import type { Store } from "../store/store";
import { executeTask } from "./task-executor";

const TICK_MS = 100;

export class BatchRunner {
  private timer: NodeJS.Timeout | null = null;
  private budget = 0;
  private lastTick = 0;
  // A processing batch's tasks no longer change: list them once, not once per task.
  private readonly tasks = new WeakMap<object, BatchTask[]>();

  constructor(
    private readonly store: () => Store,
    private readonly tasksPerSecond: number,
  ) {}

  /** Starts the timer if a batch is waiting. */
  wake(): void {
    if (this.timer || this.store().batchQueue.length === 0) return;
    this.budget = 0;
    this.lastTick = performance.now();
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(): void {
    const now = performance.now();
    this.budget += ((now - this.lastTick) / 1000) * this.tasksPerSecond;
    this.lastTick = now;
    const store = this.store();
    while (this.budget >= 1 && store.batchQueue.length > 0) {
      if (this.runNextTask(store)) this.budget -= 1;
    }
    if (store.batchQueue.length === 0) this.stop();
  }

  /** Runs the head batch's next task, closing the batch after its last; false if nothing ran. */
  private runNextTask(store: Store): boolean {
    const batch = store.batches.get(store.batchQueue[0] ?? -1);
    if (!batch) {
      store.batchQueue.shift();
      return false;
    }
    let tasks = this.tasks.get(batch);
    if (!tasks) this.tasks.set(batch, (tasks = store.tasks.lookup("batch_id", batch.id)));
    // Tasks are indexed in insertion (= id) order, so the next one is at position `done`.
    const task = tasks[batch.success_task_count + batch.fail_task_count];
    const now = store.timestamp();
    if (task) {
      const result = executeTask(store, batch.batch_type, task.body);
      const succeeded = result.status_code < 400;
      store.tasks.update(task, (row) => {
        row.result = result;
        row.status = succeeded ? "completed" : "failed";
        row.completed_at = now;
        row.updated_at = now;
      });
      store.batches.update(batch, (row) => {
        if (succeeded) row.success_task_count += 1;
        else row.fail_task_count += 1;
        row.updated_at = now;
      });
    }
    if (batch.success_task_count + batch.fail_task_count >= batch.total_task_count) {
      store.batches.update(batch, (row) => {
        row.status = row.fail_task_count === row.total_task_count ? "failed" : "completed";
        row.closed_at = now;
        row.updated_at = now;
      });
      store.batchQueue.shift();
      this.tasks.delete(batch);
      store.emit("async_batch/processed", "async_batch", batch);
    }
    return task !== undefined;
  }
}
