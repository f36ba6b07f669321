// Which catalog actions apply to a record as it is now, and what to say when one does not. Pure and
// browser-safe: the row menus, the Actions panels and an open dialog's guard all ask here.
import { actionEntry, actionsOf, type ActionEntry, type ActionId } from "./catalog";
import { targetDescriptors, type ActionTarget } from "./targets";

/** What the rules read of a record: its status, and any field a gate names. */
export type ActionRecord = { readonly status?: string | null } & Readonly<Record<string, unknown>>;

function hasUnknownStatus(target: ActionTarget, record: ActionRecord): boolean {
  const { statuses } = targetDescriptors[target];
  return statuses !== null && !statuses.isKnown(record.status ?? "");
}

function gateOpen(gate: ActionEntry["when"], record: ActionRecord): boolean {
  switch (gate.kind) {
    case "status":
      return (gate.statuses as readonly string[]).includes(record.status ?? "");
    case "field": {
      const value = record[gate.field];
      // An empty list is unset: an address without a discount has `discounts: []`.
      const set =
        value !== null &&
        value !== undefined &&
        value !== "" &&
        !(Array.isArray(value) && value.length === 0);
      return gate.is === "set" ? set : !set;
    }
    case "always":
      return true;
  }
}

/**
 * The actions that apply to this record, in catalog order, before the operator's role is asked.
 * None for a status the dashboard does not know: what Recharge allows from it is unknown, and
 * guessing could refund or process the wrong charge. Never a creation: it makes a record, it is not
 * taken on one.
 */
export function actionsOn<T extends ActionTarget>(target: T, record: ActionRecord) {
  if (hasUnknownStatus(target, record)) return [];
  return actionsOf(target).filter((entry) => !("creates" in entry) && gateOpen(entry.when, record));
}

/** Why the action cannot be taken on the record as it is now, or null when it can. */
export function actionUnavailable(id: ActionId, record: ActionRecord): string | null {
  const entry: ActionEntry = actionEntry(id);
  if (!hasUnknownStatus(entry.target, record) && gateOpen(entry.when, record)) return null;
  const { noun, statuses, quoteLabels } = targetDescriptors[entry.target];
  const name = quoteLabels ? `"${entry.label}"` : entry.label;
  const status = record.status ?? "";
  if (hasUnknownStatus(entry.target, record)) {
    return `${name} is not offered for a ${noun} in status “${status}”, which this dashboard does not know. Close this dialog.`;
  }
  if (entry.when.kind === "field") return `${entry.when.whyNot} Close this dialog.`;
  return `${name} is not possible for a ${statuses?.label(status) ?? status} ${noun}. Close this dialog.`;
}

/**
 * Why an open dialog must refuse although the action still applies: a field its form and figures
 * start from (the entry's `startsFrom`) is not what it was when the dialog opened. Null otherwise.
 */
export function startingPointMoved(id: ActionId, opened: ActionRecord, now: ActionRecord): string | null {
  const entry: ActionEntry = actionEntry(id);
  const moved = (entry.startsFrom ?? []).some((field) => opened[field] !== now[field]);
  if (!moved) return null;
  const { noun, quoteLabels } = targetDescriptors[entry.target];
  const name = quoteLabels ? `"${entry.label}"` : entry.label;
  return `${name} was filled in from the ${noun} as it was when this dialog opened. Close this dialog and open it again to start from the current ${noun}.`;
}

/** What a record's Actions area says when none is left for this operator. */
export function noActionsMessage(target: ActionTarget, record: ActionRecord): string {
  const { noun, statuses } = targetDescriptors[target];
  const status = record.status ?? "";
  if (statuses === null) return `No actions for this ${noun} with your role.`;
  return statuses.isKnown(status)
    ? `No actions for a ${statuses.label(status)} ${noun} with your role.`
    : `No actions: this dashboard does not know the status “${status}”, so it offers none. Recharge's merchant portal shows what can be done.`;
}
