import "server-only";
import { assertId, parseInput } from "./input-validation";
import {
  listResource,
  mutateResource,
  readOperations,
  type CallOptions,
  type MutationResult,
} from "./resource-calls";
import {
  asyncBatchEnvelopeSchema,
  asyncBatchListEnvelopeSchema,
  type AsyncBatch,
} from "./schemas/async-batch";
import {
  addTasksBodySchema,
  asyncBatchCreateBodySchema,
  type AddTasksBody,
  type AsyncBatchCreateBody,
} from "./schemas/async-batch-input";
import {
  addTasksResponseSchema,
  asyncBatchTaskListEnvelopeSchema,
  type AddTasksResponse,
  type AsyncBatchTask,
} from "./schemas/async-batch-task";
import {
  asyncBatchListQuerySchema,
  asyncBatchTaskListQuerySchema,
  type AsyncBatchTaskListParams,
} from "./schemas/list-filters";
import type { ListResult } from "./schemas/list-envelope";
import type { Transport } from "./transport/types";

export function asyncBatchOperations(transport: Transport) {
  return {
    // `list`, and `get`: how progress is polled.
    ...readOperations(transport, {
      plural: "async_batches",
      singular: "async_batch",
      listEnvelope: asyncBatchListEnvelopeSchema,
      envelope: asyncBatchEnvelopeSchema,
      query: asyncBatchListQuerySchema,
      what: "batch list",
    }),
    /** `POST /async_batches` (201). At most two batches per store may be queued. */
    async create(body: AsyncBatchCreateBody, options?: CallOptions): Promise<MutationResult<AsyncBatch>> {
      const input = parseInput(asyncBatchCreateBodySchema, body, "batch");
      return mutateResource(
        transport,
        {
          method: "POST",
          path: "/async_batches",
          body: input,
          key: "async_batch",
          envelope: asyncBatchEnvelopeSchema,
        },
        options,
      );
    },
    /**
     * `POST /async_batches/{id}/tasks`: at most 1,000 tasks per call (refused before sending
     * otherwise; chunking is the caller's), only while the batch is `not_started`.
     */
    async addTasks(
      id: number,
      body: AddTasksBody,
      options?: CallOptions,
    ): Promise<MutationResult<AddTasksResponse>> {
      const input = parseInput(addTasksBodySchema, body, "tasks");
      const path = `/async_batches/${assertId(id)}/tasks`;
      const { data, meta } = await transport.request({
        method: "POST",
        path,
        body: input,
        schema: addTasksResponseSchema,
        signal: options?.signal,
        lane: options?.lane,
      });
      return { data: data ?? {}, meta };
    },
    /** `POST /async_batches/{id}/process`: starts it; it then advances on its own. */
    async process(id: number, options?: CallOptions): Promise<MutationResult<AsyncBatch>> {
      return mutateResource(
        transport,
        {
          method: "POST",
          path: `/async_batches/${assertId(id)}/process`,
          body: {},
          key: "async_batch",
          envelope: asyncBatchEnvelopeSchema,
        },
        options,
      );
    },
    /** `GET /async_batches/{id}/tasks`: one page of tasks with their results. */
    async listTasks(
      id: number,
      params?: AsyncBatchTaskListParams,
      options?: CallOptions,
    ): Promise<ListResult<AsyncBatchTask>> {
      return listResource(
        transport,
        {
          path: `/async_batches/${assertId(id)}/tasks`,
          key: "async_batch_tasks",
          envelope: asyncBatchTaskListEnvelopeSchema,
          params,
          query: asyncBatchTaskListQuerySchema,
          what: "batch task list",
        },
        options,
      );
    },
  };
}
