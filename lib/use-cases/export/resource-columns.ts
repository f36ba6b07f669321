import { taskOutcome } from "@/lib/batches/task-result";
import type { AuditRecord } from "@/lib/db/audit-log";
import type { AsyncBatchTask } from "@/lib/recharge/schemas/async-batch-task";
import type { Charge } from "@/lib/recharge/schemas/charge";
import type { Customer } from "@/lib/recharge/schemas/customer";
import type { Discount } from "@/lib/recharge/schemas/discount";
import type { Subscription } from "@/lib/recharge/schemas/subscription";
import { joined, utc, type ExportColumn } from "./export-cells";

// The columns of each export, in file order. Headers are Recharge's own field names where a column is
// one field, so a file reads beside Recharge's docs; the README lists every column (keep in step).

export const chargeColumns: readonly ExportColumn<Charge>[] = [
  { header: "id", cell: (c) => c.id },
  { header: "status", cell: (c) => c.status },
  { header: "type", cell: (c) => c.type },
  { header: "customer_id", cell: (c) => c.customer?.id },
  { header: "customer_email", cell: (c) => c.customer?.email },
  { header: "address_id", cell: (c) => c.address_id },
  { header: "scheduled_at", cell: (c) => utc(c.scheduled_at) },
  { header: "processed_at", cell: (c) => utc(c.processed_at) },
  { header: "currency", cell: (c) => c.currency },
  { header: "subtotal_price", cell: (c) => c.subtotal_price },
  { header: "total_discounts", cell: (c) => c.total_discounts },
  { header: "total_tax", cell: (c) => c.total_tax },
  { header: "total_price", cell: (c) => c.total_price },
  { header: "total_refunds", cell: (c) => c.total_refunds },
  { header: "discount_codes", cell: (c) => joined(c.discounts?.map((d) => d.code)) },
  { header: "purchase_item_ids", cell: (c) => joined(c.line_items?.map((item) => item.purchase_item_id)) },
  { header: "error_type", cell: (c) => c.error_type },
  { header: "error", cell: (c) => c.error },
  { header: "retry_date", cell: (c) => utc(c.retry_date) },
  { header: "external_order_id", cell: (c) => c.external_order_id?.ecommerce },
  { header: "created_at", cell: (c) => utc(c.created_at) },
  { header: "updated_at", cell: (c) => utc(c.updated_at) },
];

export const customerColumns: readonly ExportColumn<Customer>[] = [
  { header: "id", cell: (c) => c.id },
  { header: "email", cell: (c) => c.email },
  { header: "first_name", cell: (c) => c.first_name },
  { header: "last_name", cell: (c) => c.last_name },
  { header: "phone", cell: (c) => c.phone },
  { header: "subscriptions_active_count", cell: (c) => c.subscriptions_active_count },
  { header: "subscriptions_total_count", cell: (c) => c.subscriptions_total_count },
  { header: "has_valid_payment_method", cell: (c) => c.has_valid_payment_method },
  { header: "has_payment_method_in_dunning", cell: (c) => c.has_payment_method_in_dunning },
  { header: "first_charge_processed_at", cell: (c) => utc(c.first_charge_processed_at) },
  { header: "external_customer_id", cell: (c) => c.external_customer_id?.ecommerce },
  { header: "created_at", cell: (c) => utc(c.created_at) },
  { header: "updated_at", cell: (c) => utc(c.updated_at) },
];

export const subscriptionColumns: readonly ExportColumn<Subscription>[] = [
  { header: "id", cell: (s) => s.id },
  { header: "status", cell: (s) => s.status },
  { header: "customer_id", cell: (s) => s.customer_id },
  { header: "address_id", cell: (s) => s.address_id },
  { header: "product_title", cell: (s) => s.product_title },
  { header: "variant_title", cell: (s) => s.variant_title },
  { header: "sku", cell: (s) => s.sku },
  { header: "quantity", cell: (s) => s.quantity },
  { header: "price", cell: (s) => s.price },
  { header: "presentment_currency", cell: (s) => s.presentment_currency },
  { header: "order_interval_frequency", cell: (s) => s.order_interval_frequency },
  { header: "charge_interval_frequency", cell: (s) => s.charge_interval_frequency },
  { header: "order_interval_unit", cell: (s) => s.order_interval_unit },
  { header: "next_charge_scheduled_at", cell: (s) => utc(s.next_charge_scheduled_at) },
  { header: "cancelled_at", cell: (s) => utc(s.cancelled_at) },
  { header: "cancellation_reason", cell: (s) => s.cancellation_reason },
  { header: "cancellation_reason_comments", cell: (s) => s.cancellation_reason_comments },
  { header: "created_at", cell: (s) => utc(s.created_at) },
  { header: "updated_at", cell: (s) => utc(s.updated_at) },
];

export const discountColumns: readonly ExportColumn<Discount>[] = [
  { header: "id", cell: (d) => d.id },
  { header: "code", cell: (d) => d.code },
  { header: "status", cell: (d) => d.status },
  { header: "value_type", cell: (d) => d.value_type },
  { header: "value", cell: (d) => d.value },
  { header: "applies_to_purchase_item_type", cell: (d) => d.applies_to?.purchase_item_type },
  { header: "applies_to_resource", cell: (d) => d.applies_to?.resource },
  { header: "applies_to_ids", cell: (d) => joined(d.applies_to?.ids) },
  { header: "prerequisite_subtotal_min", cell: (d) => d.prerequisite_subtotal_min },
  { header: "redemptions", cell: (d) => d.usage_limits?.redemptions },
  { header: "one_application_per_customer", cell: (d) => d.usage_limits?.one_application_per_customer },
  {
    header: "first_time_customer_restriction",
    cell: (d) => d.usage_limits?.first_time_customer_restriction,
  },
  { header: "starts_at", cell: (d) => utc(d.starts_at) },
  { header: "ends_at", cell: (d) => utc(d.ends_at) },
  { header: "created_at", cell: (d) => utc(d.created_at) },
  { header: "updated_at", cell: (d) => utc(d.updated_at) },
];

export const batchTaskColumns: readonly ExportColumn<AsyncBatchTask>[] = [
  { header: "id", cell: (t) => t.id },
  { header: "batch_id", cell: (t) => t.batch_id },
  { header: "status", cell: (t) => t.status },
  { header: "status_code", cell: (t) => t.result?.status_code },
  // What the batch page's Outcome column says: the record made or changed, or Recharge's reason.
  { header: "outcome", cell: (t) => taskOutcome(t) },
  { header: "body", cell: (t) => JSON.stringify(t.body) },
  { header: "completed_at", cell: (t) => utc(t.completed_at) },
  { header: "created_at", cell: (t) => utc(t.created_at) },
];

export const auditColumns: readonly ExportColumn<AuditRecord>[] = [
  { header: "id", cell: (a) => a.id },
  { header: "created_at", cell: (a) => utc(a.createdAt) },
  { header: "operator_email", cell: (a) => a.operatorEmail },
  { header: "operator_role", cell: (a) => a.operatorRole },
  { header: "action", cell: (a) => a.action },
  { header: "target_type", cell: (a) => a.targetType },
  { header: "target_id", cell: (a) => a.targetId },
  { header: "outcome", cell: (a) => a.outcome },
  { header: "http_status", cell: (a) => a.httpStatus },
  { header: "error_code", cell: (a) => a.errorCode },
  { header: "error_message", cell: (a) => a.errorMessage },
  { header: "upstream_status", cell: (a) => a.upstreamStatus },
  { header: "upstream_request_id", cell: (a) => a.upstreamRequestId },
  { header: "reason", cell: (a) => a.reason },
  { header: "idempotency_key", cell: (a) => a.idempotencyKey },
  { header: "duration_ms", cell: (a) => a.durationMs },
  { header: "request", cell: (a) => (a.request === null ? "" : JSON.stringify(a.request)) },
];
