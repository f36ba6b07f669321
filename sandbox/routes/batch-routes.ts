// Async batch endpoints beyond the generic list/detail: create, add tasks, process, list tasks.
import { addTasks, createBatch, processBatch } from "../batches/batch-ops";
import { SCOPES } from "../http/tokens";
import { taskList } from "../query/list-specs";
import { runList } from "../query/run-list";
import type { Store } from "../store/store";
import { withRecord, type ApiRoute } from "./route-types";

const batches = (store: Store) => store.batches;

export const batchApiRoutes: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/async_batches",
    scopes: SCOPES.writeBatches,
    handler: (c) => createBatch(c.services.store, c.body),
  },
  {
    method: "POST",
    path: "/async_batches/:id/tasks",
    scopes: SCOPES.writeBatches,
    handler: (c) => withRecord(c, batches, (batch) => addTasks(c.services.store, batch, c.body)),
  },
  {
    method: "GET",
    path: "/async_batches/:id/tasks",
    scopes: SCOPES.readBatches,
    handler: (c) =>
      withRecord(c, batches, (batch) =>
        runList(taskList, {
          store: c.services.store,
          codec: c.services.codec,
          query: c.query,
          scope: {
            name: String(batch.id),
            filter: {
              test: (task) => task.batch_id === batch.id,
              partition: { name: "batch_id", values: [String(batch.id)] },
            },
          },
        }),
      ),
  },
  {
    method: "POST",
    path: "/async_batches/:id/process",
    scopes: SCOPES.writeBatches,
    handler: (c) =>
      withRecord(c, batches, (batch) =>
        processBatch(c.services.store, batch, () => c.services.wakeBatches()),
      ),
  },
];
