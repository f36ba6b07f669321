import { describe, expect, it } from "vitest";
import { can, permissions, type Permission } from "./permissions";
import { roles, type Role } from "@/lib/schemas/roles";

// The role table from design.md, written out independently so a change to either is noticed.
const expected: Record<Role, Permission[]> = {
  viewer: ["records:read"],
  agent: [
    "records:read",
    "records:export",
    "charges:skip",
    "charges:unskip",
    "subscriptions:set_next_charge_date",
    "subscriptions:update",
    "subscriptions:cancel",
    "subscriptions:activate",
    "addresses:update",
    "addresses:apply_discount",
    "addresses:remove_discount",
  ],
  admin: [...permissions],
};

describe("role permissions", () => {
  for (const role of roles) {
    for (const permission of permissions) {
      const allowed = expected[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("each role can do everything the role below it can", () => {
    for (const permission of permissions) {
      if (can("viewer", permission)) expect(can("agent", permission)).toBe(true);
      if (can("agent", permission)) expect(can("admin", permission)).toBe(true);
    }
  });
});
