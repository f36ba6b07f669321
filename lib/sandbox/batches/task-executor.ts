// Runs one batch task through the same operation as the single endpoint, so its result (status code
// and body) is what that call would have answered.
import { createDiscount, deleteDiscount, updateDiscount } from "../domain/discount-ops";
import type { JsonObject, JsonValue } from "../domain/json";
import { fieldError, notFound, type ApiResult } from "../domain/result";
import type { Discount, SupportedBatchType } from "../store/admin-types";
import type { Store } from "../store/store";

export interface TaskResult {
  status_code: number;
  output: JsonValue;
}

/** `id` or `discount_id` names the discount; the rest of the body is the update. */
function withDiscount(
  store: Store,
  body: JsonObject,
  action: (discount: Discount, rest: JsonObject) => ApiResult,
): ApiResult {
  const { id, discount_id: discountId, ...rest } = body;
  const raw = id ?? discountId;
  if (raw === undefined || raw === null) return fieldError("id", "can't be blank");
  const parsed =
    typeof raw === "number" ? raw : typeof raw === "string" && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(parsed) || parsed <= 0) return fieldError("id", "must be an integer");
  const discount = store.discounts.get(parsed);
  return discount ? action(discount, rest) : notFound();
}

function run(store: Store, type: SupportedBatchType, body: JsonObject): ApiResult {
  switch (type) {
    case "discount_create":
      return createDiscount(store, body);
    case "discount_update":
      return withDiscount(store, body, (discount, rest) => updateDiscount(store, discount, rest));
    case "discount_delete":
      return withDiscount(store, body, (discount) => deleteDiscount(store, discount));
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
