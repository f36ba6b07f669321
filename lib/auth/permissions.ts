// Roles and what each may do: the one table that route handlers enforce and the UI mirrors.
// Deliberately free of `server-only` and secrets so client components can hide what a role cannot do.
import type { Role } from "@/lib/schemas/roles";

export const permissions = [
  "records:read",
  "charges:skip",
  "charges:unskip",
  "subscriptions:set_next_charge_date",
  "subscriptions:cancel",
  "subscriptions:activate",
  "charges:refund",
  "charges:process",
  "discounts:write",
  "batches:write",
  "audit:read",
  "operators:manage",
] as const;
export type Permission = (typeof permissions)[number];

const viewer: readonly Permission[] = ["records:read"];
const agent: readonly Permission[] = [
  ...viewer,
  "charges:skip",
  "charges:unskip",
  "subscriptions:set_next_charge_date",
  "subscriptions:cancel",
  "subscriptions:activate",
];
const admin: readonly Permission[] = [
  ...agent,
  "charges:refund",
  "charges:process",
  "discounts:write",
  "batches:write",
  "audit:read",
  "operators:manage",
];

export const rolePermissions: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  viewer: new Set(viewer),
  agent: new Set(agent),
  admin: new Set(admin),
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].has(permission);
}
