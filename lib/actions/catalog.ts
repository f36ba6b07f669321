// The action catalog: one entry per action an operator takes on a record. Permissions and who holds
// them (lib/auth/permissions.ts), the audit log's wording, the row menus, the records' Actions
// panels, the stale-dialog rules, the route inventory and the server's read-back all derive from it.
//
// Browser-safe and free of zod on purpose: the permission table and every list page's row menus
// load it with the first paint, where zod must not arrive (e2e/first-load-js.spec.ts). Each entry's
// input schema is keyed by the same id in action-inputs.ts, which only dialogs and routes load; the
// upstream call itself is the route's (`actionRoute(id, { run })`, lib/api/action-route.ts).
import { addressFields } from "@/lib/schemas/address-fields";
import type { Role } from "@/lib/schemas/roles";
import { targetDescriptors, type ActionTarget, type TargetCollection, type TargetStatuses } from "./targets";

/** When an action is offered on a record (and when an open dialog must refuse to confirm). */
export type ActionGate<T extends ActionTarget> =
  /** Only in these statuses (Recharge refuses it in any other). */
  | { kind: "status"; statuses: readonly TargetStatuses[T][] }
  /** Only while a field of the record is set (or unset), e.g. removing an address's discount. */
  | { kind: "field"; field: string; is: "set" | "unset"; whyNot: string }
  /** On every record of the target. */
  | { kind: "always" };

/** One fact of a record read back that shows the change was applied. */
export type ReadBackCheck =
  | { kind: "status"; in: readonly string[] }
  /** `record[field]` starts with the input's value (a date sent as `YYYY-MM-DD`, kept as a timestamp). */
  | { kind: "field-from-input"; field: string; input: string }
  /** The purchase items the input names are all gone from (or all back in) the charge's line items. */
  | { kind: "items-from-input"; input: string; are: "gone" | "present" }
  /** Each of these fields the body carries (at least one) has the same value on the record. */
  | { kind: "fields-as-sent"; fields: readonly string[] }
  /** `record[field]` lists an entry whose `code` is the input's value, in any case (an applied code). */
  | { kind: "code-listed-from-input"; field: string; input: string }
  /** `record[field]` is an empty list, or missing (a removed discount). */
  | { kind: "list-empty"; field: string };

/**
 * How the server tells, after an unknown outcome (a timeout, a 5xx), whether the change is visible on
 * the record read back: a description, not code, so the catalog stays browser-safe; the server reads
 * the record and applies it (lib/actions/server/read-back.ts). `none` when a read-back cannot tell.
 */
export type ReadBack =
  { kind: "all" | "any"; checks: readonly ReadBackCheck[] } | { kind: "none"; why: string };

export interface ActionEntry<T extends ActionTarget = ActionTarget> {
  /** The audit log's action name, `<target>.<verb>` (a contract: rows in existing databases carry it). */
  id: `${T}.${string}`;
  target: T;
  method: "POST" | "PUT" | "DELETE";
  /** The route under the record's URL (`/api/charges/{id}/skip`); null for the record's own URL. */
  path: string | null;
  /** Acts on the target's collection (`POST /api/discounts`): the record has no id before it. */
  creates?: true;
  /**
   * Taken on a page of its own rather than in a dialog (a form too big for one): `edit` is
   * `/discounts/{id}/edit`, and for a creation `new` is `/discounts/new`. Panels link to it; the page
   * keeps its own flow but sends this entry's request. See actionPage.
   */
  page?: string;
  /** A contract too (design.md, the e2e route table): `<collection>:<verb>`. */
  permission: `${TargetCollection<T>}:${string}`;
  /** Who may take it. */
  roles: readonly Role[];
  /** The button and menu item. */
  label: string;
  /** The audit log's wording. */
  auditLabel: string;
  when: ActionGate<T>;
  /** Money moves: a reason is required and a per-operator limit applies (lib/api/money-limits.ts). */
  movesMoney: boolean;
  /** A reason is required although no money moves. */
  reasonRequired?: true;
  /** Its button and confirm button are red. */
  destructive: boolean;
  readBack: ReadBack;
  /**
   * Fields of the record the dialog's form and figures start from (a quantity it edits, a total it
   * previews): when one changes while the dialog is open, it refuses to confirm rather than asking
   * for a check, since what the operator typed was measured against the old values.
   */
  startsFrom?: readonly string[];
}

type AnyActionEntry = { [T in ActionTarget]: ActionEntry<T> }[ActionTarget];

const agents = ["agent", "admin"] as const;
/** What an address edit sends (only those that change) and starts its form from. */
const addressFieldNames: readonly string[] = addressFields;
const admins = ["admin"] as const;

export const actionCatalog = [
  {
    id: "charge.skip",
    target: "charge",
    method: "POST",
    path: "skip",
    permission: "charges:skip",
    roles: agents,
    label: "Skip",
    auditLabel: "Skip charge",
    when: { kind: "status", statuses: ["queued"] },
    movesMoney: false,
    destructive: false,
    readBack: {
      kind: "any",
      checks: [
        { kind: "status", in: ["skipped"] },
        { kind: "items-from-input", input: "purchase_item_ids", are: "gone" },
      ],
    },
  },
  {
    id: "charge.unskip",
    target: "charge",
    method: "POST",
    path: "unskip",
    permission: "charges:unskip",
    roles: agents,
    label: "Unskip",
    auditLabel: "Unskip charge",
    when: { kind: "status", statuses: ["skipped"] },
    movesMoney: false,
    destructive: false,
    readBack: {
      kind: "all",
      checks: [
        { kind: "status", in: ["queued"] },
        { kind: "items-from-input", input: "purchase_item_ids", are: "present" },
      ],
    },
  },
  {
    id: "charge.refund",
    target: "charge",
    method: "POST",
    path: "refund",
    permission: "charges:refund",
    roles: admins,
    label: "Refund",
    auditLabel: "Refund charge",
    when: { kind: "status", statuses: ["success", "partially_refunded"] },
    movesMoney: true,
    destructive: true,
    readBack: {
      kind: "none",
      why: "A read-back cannot tell this refund from an earlier one: the operator re-checks the charge's refunds.",
    },
  },
  {
    id: "charge.process",
    target: "charge",
    method: "POST",
    path: "process",
    permission: "charges:process",
    roles: admins,
    label: "Process now",
    auditLabel: "Process charge",
    when: { kind: "status", statuses: ["queued", "error"] },
    movesMoney: true,
    destructive: true,
    readBack: { kind: "all", checks: [{ kind: "status", in: ["success"] }] },
  },
  {
    id: "subscription.set_next_charge_date",
    target: "subscription",
    method: "POST",
    path: "set_next_charge_date",
    permission: "subscriptions:set_next_charge_date",
    roles: agents,
    label: "Change next charge date",
    auditLabel: "Change next charge date",
    when: { kind: "status", statuses: ["active"] },
    movesMoney: false,
    destructive: false,
    readBack: {
      kind: "all",
      checks: [{ kind: "field-from-input", field: "next_charge_scheduled_at", input: "date" }],
    },
  },
  {
    id: "subscription.update",
    target: "subscription",
    method: "PUT",
    path: null,
    permission: "subscriptions:update",
    roles: agents,
    label: "Change quantity or frequency",
    auditLabel: "Change subscription quantity or frequency",
    // Recharge refuses to update a cancelled or expired subscription unless forced (E1 force_update).
    when: { kind: "status", statuses: ["active"] },
    movesMoney: false,
    destructive: false,
    readBack: {
      kind: "all",
      checks: [
        {
          kind: "fields-as-sent",
          fields: [
            "quantity",
            "order_interval_unit",
            "order_interval_frequency",
            "charge_interval_frequency",
          ],
        },
      ],
    },
    startsFrom: ["quantity", "order_interval_unit", "order_interval_frequency", "charge_interval_frequency"],
  },
  {
    id: "subscription.cancel",
    target: "subscription",
    method: "POST",
    path: "cancel",
    permission: "subscriptions:cancel",
    roles: agents,
    label: "Cancel subscription",
    auditLabel: "Cancel subscription",
    when: { kind: "status", statuses: ["active"] },
    movesMoney: false,
    destructive: true,
    readBack: { kind: "all", checks: [{ kind: "status", in: ["cancelled"] }] },
  },
  {
    id: "subscription.activate",
    target: "subscription",
    method: "POST",
    path: "activate",
    permission: "subscriptions:activate",
    roles: agents,
    label: "Reactivate",
    auditLabel: "Reactivate subscription",
    when: { kind: "status", statuses: ["cancelled"] },
    movesMoney: false,
    destructive: false,
    readBack: { kind: "all", checks: [{ kind: "status", in: ["active"] }] },
  },
  // Addresses: where a customer's subscriptions ship. Each change is a `PUT /addresses/{id}` with
  // `commit=true`, so the queued charges show it at once (lib/recharge/addresses.ts).
  {
    id: "address.update",
    target: "address",
    method: "PUT",
    path: null,
    permission: "addresses:update",
    roles: agents,
    label: "Edit address",
    auditLabel: "Edit address",
    when: { kind: "always" },
    movesMoney: false,
    destructive: false,
    // A province sent as a code comes back as its name, a cleared field as null: such a read-back
    // does not match and the outcome stays unknown, which is the safe way to be wrong.
    readBack: { kind: "all", checks: [{ kind: "fields-as-sent", fields: addressFieldNames }] },
    startsFrom: addressFieldNames,
  },
  {
    id: "address.apply_discount",
    target: "address",
    method: "POST",
    path: "apply_discount",
    permission: "addresses:apply_discount",
    roles: agents,
    label: "Apply discount",
    auditLabel: "Apply discount to address",
    when: {
      kind: "field",
      field: "discounts",
      is: "unset",
      whyNot: "This address has a discount now, and an address takes a single one: remove it first.",
    },
    movesMoney: false,
    destructive: false,
    // The live API may list the discount by id alone: then the read-back cannot tell, and says unknown.
    readBack: {
      kind: "all",
      checks: [{ kind: "code-listed-from-input", field: "discounts", input: "discount_code" }],
    },
  },
  {
    id: "address.remove_discount",
    target: "address",
    method: "POST",
    path: "remove_discount",
    permission: "addresses:remove_discount",
    roles: agents,
    label: "Remove discount",
    auditLabel: "Remove discount from address",
    when: {
      kind: "field",
      field: "discounts",
      is: "set",
      whyNot: "This address has no discount now: there is nothing to remove.",
    },
    movesMoney: false,
    destructive: true,
    readBack: { kind: "all", checks: [{ kind: "list-empty", field: "discounts" }] },
  },
  // Discounts: Recharge sends no discount/* webhook, so an open dialog learns of a change elsewhere
  // only by reading the discount again (components/actions/record-targets.ts).
  {
    id: "discount.create",
    target: "discount",
    method: "POST",
    path: null,
    creates: true,
    page: "new",
    permission: "discounts:write",
    roles: admins,
    label: "New discount",
    auditLabel: "Create discount",
    when: { kind: "always" },
    movesMoney: false,
    destructive: false,
    readBack: {
      kind: "none",
      why: "A code whose creation was not confirmed has no id to read back: the operator looks for it by code.",
    },
  },
  {
    id: "discount.update",
    target: "discount",
    method: "PUT",
    path: null,
    page: "edit",
    permission: "discounts:write",
    roles: admins,
    label: "Edit",
    auditLabel: "Update discount",
    // Recharge's terminal state is deleted, not edited.
    when: { kind: "status", statuses: ["enabled", "disabled"] },
    movesMoney: false,
    destructive: false,
    readBack: {
      kind: "none",
      why: "Recharge answers with its own forms of what was sent (money, dates): the operator re-checks the page.",
    },
  },
  {
    // Its own action, not an update with a status: the audit log says "Disable discount", and the
    // gate refuses a dialog whose code was disabled elsewhere meanwhile.
    id: "discount.disable",
    target: "discount",
    method: "POST",
    path: "disable",
    permission: "discounts:write",
    roles: admins,
    label: "Disable",
    auditLabel: "Disable discount",
    when: { kind: "status", statuses: ["enabled"] },
    movesMoney: false,
    destructive: true,
    readBack: { kind: "all", checks: [{ kind: "status", in: ["disabled"] }] },
  },
  {
    id: "discount.enable",
    target: "discount",
    method: "POST",
    path: "enable",
    permission: "discounts:write",
    roles: admins,
    label: "Enable",
    auditLabel: "Enable discount",
    // Not from fully_disabled: Recharge's terminal state cannot be enabled again.
    when: { kind: "status", statuses: ["disabled"] },
    movesMoney: false,
    destructive: false,
    readBack: { kind: "all", checks: [{ kind: "status", in: ["enabled"] }] },
  },
  {
    id: "discount.delete",
    target: "discount",
    method: "DELETE",
    path: null,
    permission: "discounts:write",
    roles: admins,
    label: "Delete",
    auditLabel: "Delete discount",
    when: { kind: "status", statuses: ["enabled", "disabled", "fully_disabled"] },
    movesMoney: false,
    destructive: true,
    readBack: {
      kind: "none",
      why: "A deleted discount cannot be read: the operator re-checks the discount, which is then not found.",
    },
  },
] as const satisfies readonly AnyActionEntry[];

type CatalogEntry = (typeof actionCatalog)[number];
export type ActionId = CatalogEntry["id"];
export type ActionPermission = CatalogEntry["permission"];
/** The entry of one action, with its literal types. */
export type EntryOf<Id extends ActionId> = Extract<CatalogEntry, { id: Id }>;
/** The targets that have at least one action today. */
export type TargetWithActions = CatalogEntry["target"];
export type TargetOf<Id extends ActionId> = EntryOf<Id>["target"];
type IdsByTarget = { [T in ActionTarget]: Extract<CatalogEntry, { target: T }>["id"] };
/** The actions on one target: `ActionIdFor<"charge">` is `"charge.skip" | …`. */
export type ActionIdFor<T extends ActionTarget> = IdsByTarget[T];
/** The actions on one target taken in a dialog on a record: not creations, not those with a page. */
export type DialogActionIdFor<T extends ActionTarget> = Exclude<
  ActionIdFor<T>,
  Extract<CatalogEntry, { creates: true } | { page: string }>["id"]
>;

const byId: ReadonlyMap<string, CatalogEntry> = new Map(actionCatalog.map((entry) => [entry.id, entry]));

export function actionEntry<Id extends ActionId>(id: Id): EntryOf<Id> {
  return byId.get(id) as EntryOf<Id>;
}

/** The catalog's actions on one target, in catalog order (the order menus and panels list them). */
export function actionsOf<T extends ActionTarget>(
  target: T,
): ReadonlyArray<Extract<CatalogEntry, { target: T }>> {
  return actionCatalog.filter(
    (entry): entry is Extract<CatalogEntry, { target: T }> => entry.target === target,
  );
}

/** Whether the operator must say why: always where money moves, and where the entry asks for it. */
export function needsReason(entry: ActionEntry): boolean {
  return entry.movesMoney || entry.reasonRequired === true;
}

/** Where the browser sends the action: `/api/charges/42/skip` (`/api/discounts` for a creation). */
export function actionUrl(entry: ActionEntry & { creates: true }): string;
export function actionUrl(entry: ActionEntry, recordId: number): string;
export function actionUrl(entry: ActionEntry, recordId?: number): string {
  const collection = `/api/${targetDescriptors[entry.target].apiPath}`;
  if (entry.creates) return collection;
  return entry.path === null ? `${collection}/${recordId}` : `${collection}/${recordId}/${entry.path}`;
}

/**
 * The page an action is taken on, when it has one (`/discounts/42/edit`, `/discounts/new`); null for
 * a dialog. The dashboard's pages sit at the BFF's paths without `/api`.
 */
export function actionPage(entry: ActionEntry, recordId: number): string | null {
  if (entry.page === undefined) return null;
  const collection = `/${targetDescriptors[entry.target].apiPath}`;
  return entry.creates ? `${collection}/${entry.page}` : `${collection}/${recordId}/${entry.page}`;
}
