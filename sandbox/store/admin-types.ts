// Discounts, async batches and their tasks, webhooks (see types.ts for the key-order rule).
import type { JsonObject, JsonValue } from "../domain/json";
import type { DiscountStatus, DiscountValueType, ExternalId } from "./types";

export const PURCHASE_ITEM_SCOPES = ["ALL", "ONETIME", "SUBSCRIPTION"] as const;
export type PurchaseItemScope = (typeof PURCHASE_ITEM_SCOPES)[number];

export type ChannelSetting = Readonly<{ can_apply: boolean }>;

// Fields: ChemicalLuck/recharge-api-python recharge/model/v2/discount.py (the 2021-11 names only; its
// legacy discount_type/duration/… are 2021-01).
export interface Discount {
  id: number;
  applies_to: Readonly<{
    ids: readonly number[];
    purchase_item_type: PurchaseItemScope;
    resource: string | null;
  }>;
  channel_settings: Readonly<{
    api: ChannelSetting;
    checkout_page: ChannelSetting;
    customer_portal: ChannelSetting;
    merchant_portal: ChannelSetting;
  }>;
  code: string;
  created_at: string;
  ends_at: string | null;
  external_discount_id: ExternalId;
  prerequisite_subtotal_min: string | null;
  starts_at: string | null;
  status: DiscountStatus;
  updated_at: string;
  usage_limits: Readonly<{
    first_time_customer_restriction: boolean;
    max_subsequent_redemptions: number | null;
    one_application_per_customer: boolean;
    /** How many redemptions the code allows in all; null = no limit. */
    redemptions: number | null;
  }>;
  value: string;
  value_type: DiscountValueType;
}

export const BATCH_TYPES = [
  "discount_create",
  "discount_update",
  "discount_delete",
  "onetime_create",
  "onetime_delete",
  "bulk_plans_create",
  "bulk_plans_update",
  "bulk_plans_delete",
] as const;
export type BatchType = (typeof BATCH_TYPES)[number];
export const SUPPORTED_BATCH_TYPES = ["discount_create", "discount_update", "discount_delete"] as const;
export type SupportedBatchType = (typeof SUPPORTED_BATCH_TYPES)[number];

export const BATCH_STATUSES = ["not_started", "processing", "completed", "failed"] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export interface AsyncBatch {
  id: number;
  batch_type: SupportedBatchType;
  closed_at: string | null;
  created_at: string;
  fail_task_count: number;
  status: BatchStatus;
  submitted_at: string | null;
  success_task_count: number;
  total_task_count: number;
  updated_at: string;
  version: "2021-11";
}

export const TASK_STATUSES = ["not_started", "completed", "failed"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface BatchTask {
  id: number;
  batch_id: number;
  body: JsonObject;
  completed_at: string | null;
  created_at: string;
  result: { status_code: number; output: JsonValue } | null;
  status: TaskStatus;
  updated_at: string;
}

export interface Webhook {
  id: number;
  address: string;
  created_at: string;
  included_objects: readonly string[];
  topic: string;
  updated_at: string;
  version: "2021-11";
}
