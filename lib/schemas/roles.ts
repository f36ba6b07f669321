// The operator roles: stored on every operator row (lib/db), checked by lib/auth, named in the UI.
// Kept below lib/auth and lib/db so both can use them without importing each other.

export const roles = ["viewer", "agent", "admin"] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export const roleLabels: Readonly<Record<Role, string>> = {
  viewer: "Viewer",
  agent: "Agent",
  admin: "Admin",
};
