// Runs one batch task through the same operation as the single endpoint, so its result (status code
// and body) is what that call would have answered. Update and delete tasks must have the documented
// body (task-bodies.ts): any other fails with a 422 result and changes nothing.
import { createDiscount, deleteDiscount, updateDiscount } from "../domain/discount-ops";
import type { JsonObject, JsonValue } from "../domain/json";
import { notFound, type ApiResult } from "../domain/result";
import { parseInput } from "../domain/validation";
import type { SupportedBatchType } from "../store/admin-types";
import type { Store } from "../store/store";
import { discountDeleteTask, discountUpdateTask } from "./task-bodies";

export interface TaskResult {
  status_code: number;
  output: JsonValue;
}

function runUpdate(store: Store, body: JsonObject): ApiResult {
  const parsed = parseInput(discountUpdateTask, body);
  if (!parsed.ok) return parsed.result;
  const discount = store.discounts.get(parsed.data.discount_id);
  return discount ? updateDiscount(store, discount, parsed.data.changes) : notFound();
}

function runDelete(store: Store, body: JsonObject): ApiResult {
  const parsed = parseInput(discountDeleteTask, body);
  if (!parsed.ok) return parsed.result;
  const discount = store.discounts.get(parsed.data.discount_id);
  return discount ? deleteDiscount(store, discount) : notFound();
}

function run(store: Store, type: SupportedBatchType, body: JsonObject): ApiResult {
  switch (type) {
    case "discount_create":
      return createDiscount(store, body);
    case "discount_update":
      return runUpdate(store, body);
    case "discount_delete":
      return runDelete(store, body);
    default: {
      const exhaustive: never = type;
      throw new Error(`unsupported batch type ${String(exhaustive)}`);
    }
  }
}

export function executeTask(store: Store, type: SupportedBatchType, body: JsonObject): TaskResult {
  const result = run(store, type, body);
  // Round-trip through JSON: the output must be plain data, detached from the live record.
  const output = result.body === undefined ? null : (JSON.parse(JSON.stringify(result.body)) as JsonValue);
  return { status_code: result.status, output };
}
