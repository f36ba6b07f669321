// Roles and what each may do: the one table that route handlers enforce and the UI mirrors. Each
// action's permission, and the roles that hold it, come from the action catalog (lib/actions); the
// permissions that guard no single action are listed here. Deliberately free of `server-only` and
// secrets so client components can hide what a role cannot do.
import { actionCatalog, type ActionPermission } from "@/lib/actions/catalog";
import type { Role } from "@/lib/schemas/roles";

/**
 * Reading, whole screens and the dashboard's own records: no catalog action names these.
 * `records:export` is its own permission (#18): an export walks every page of a list at Recharge's
 * full pace, so a store can keep it from people who only need to look.
 */
const otherPermissions = [
  "records:read",
  "records:export",
  "batches:write",
  "audit:read",
  "operators:manage",
] as const;
type OtherPermission = (typeof otherPermissions)[number];
export type Permission = OtherPermission | ActionPermission;

const otherGrants: Readonly<Record<Role, readonly OtherPermission[]>> = {
  viewer: ["records:read"],
  agent: ["records:read", "records:export"],
  admin: otherPermissions,
};

export const permissions: readonly Permission[] = [
  ...new Set<Permission>([
    "records:read",
    ...actionCatalog.map((entry) => entry.permission),
    ...otherPermissions,
  ]),
];

function grantsOf(role: Role): ReadonlySet<Permission> {
  const actions = actionCatalog.filter((entry) => (entry.roles as readonly Role[]).includes(role));
  return new Set<Permission>([...otherGrants[role], ...actions.map((entry) => entry.permission)]);
}

export const rolePermissions: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  viewer: grantsOf("viewer"),
  agent: grantsOf("agent"),
  admin: grantsOf("admin"),
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}
