// How audit records read: action names in words, target links, and the filter summary for the empty
// state. Pure, so it is unit-tested and shared by the table, the drawer and a record's History.
import type { StatusTone } from "@/components/data-table/status-badge";
import { actionCatalog, type ActionId } from "@/lib/actions/catalog";
import type { AuditOutcome } from "@/lib/queries/audit";

/** Actions the routes record that are not in the action catalog (batches, our own records). */
const otherActionLabels = {
  "batch.submit": "Submit batch",
  "batch.process": "Start waiting batch",
  "operator.sign_out_everywhere": "Sign out everywhere",
} as const;

export type AuditAction = ActionId | keyof typeof otherActionLabels;

/** Every action the routes record, in the order the filter lists them: the catalog's first. */
export const auditActions: readonly AuditAction[] = [
  ...actionCatalog.map((entry) => entry.id),
  ...(Object.keys(otherActionLabels) as (keyof typeof otherActionLabels)[]),
];

const actionLabels: Readonly<Record<AuditAction, string>> = {
  ...(Object.fromEntries(actionCatalog.map((entry) => [entry.id, entry.auditLabel])) as Record<
    ActionId,
    string
  >),
  ...otherActionLabels,
};

const isKnownAction = (action: string): action is AuditAction => Object.hasOwn(actionLabels, action);

/** "Refund charge" for `charge.refund`; an action this build does not know shows as recorded. */
export function auditActionLabel(action: string): string {
  return isKnownAction(action) ? actionLabels[action] : action;
}

export const auditTargetTypes = [
  "charge",
  "subscription",
  "customer",
  "discount",
  "address",
  "batch",
  "operator",
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

const targetTypeLabels: Record<AuditTargetType, string> = {
  charge: "Charge",
  subscription: "Subscription",
  customer: "Customer",
  discount: "Discount",
  address: "Address",
  batch: "Batch",
  operator: "Operator",
};

const isKnownTargetType = (type: string): type is AuditTargetType => Object.hasOwn(targetTypeLabels, type);

export function auditTargetTypeLabel(type: string): string {
  return isKnownTargetType(type) ? targetTypeLabels[type] : type;
}

/** "Charge #123", "Discount (new)", or just "Batch" when the attempt never named a record. */
export function auditTargetLabel(type: string, id: string | null): string {
  const name = auditTargetTypeLabel(type);
  if (id === null || id === "") return name;
  return /^\d+$/.test(id) ? `${name} #${id}` : `${name} (${id})`;
}

/** The record's page, when it has one: numeric ids of resources with detail pages ("new" has none). */
export function auditTargetHref(type: string, id: string | null): string | null {
  if (id === null || !/^\d+$/.test(id)) return null;
  switch (type) {
    case "charge":
      return `/charges/${id}`;
    case "subscription":
      return `/subscriptions/${id}`;
    case "customer":
      return `/customers/${id}`;
    case "discount":
      return `/discounts/${id}`;
    // No address page, and the audit row names only the address (not its customer): no link.
    case "address":
      return null;
    case "batch":
      return `/batches/${id}`;
    default:
      return null;
  }
}

export function auditOutcomeTone(outcome: AuditOutcome): StatusTone {
  switch (outcome) {
    case "succeeded":
      return "success";
    case "failed":
      return "danger";
    case "refused":
    case "unknown":
      return "warning";
    case "replayed":
      return "info";
  }
}

export function auditOutcomeLabel(outcome: AuditOutcome): string {
  return outcome === "unknown" ? "outcome unknown" : outcome;
}

/** The "Admin" of `admin`; roles are stored as text, so an unexpected one shows as is. */
export function auditRoleLabel(role: string | null): string | null {
  if (!role) return null;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

export interface AuditFilterSummary {
  operator: string | null;
  action: string | null;
  target_type: string | null;
  target_id: string | null;
  created_at_min: string | null;
  created_at_max: string | null;
}

/** Names the active filters for the empty state: `operator “a@b.c”, action “Refund charge”`. */
export function describeAuditFilters(filters: AuditFilterSummary): string {
  const parts: string[] = [];
  if (filters.operator) parts.push(`operator “${filters.operator}”`);
  if (filters.action) parts.push(`action “${auditActionLabel(filters.action)}”`);
  if (filters.target_type && filters.target_id)
    parts.push(`target “${auditTargetLabel(filters.target_type, filters.target_id)}”`);
  else if (filters.target_type) parts.push(`target type “${auditTargetTypeLabel(filters.target_type)}”`);
  else if (filters.target_id) parts.push(`target id “${filters.target_id}”`);
  if (filters.created_at_min && filters.created_at_max)
    parts.push(`created ${filters.created_at_min} to ${filters.created_at_max} (UTC)`);
  else if (filters.created_at_min) parts.push(`created on or after ${filters.created_at_min} (UTC)`);
  else if (filters.created_at_max) parts.push(`created on or before ${filters.created_at_max} (UTC)`);
  return parts.join(", ");
}
