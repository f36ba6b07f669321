import type { Permission } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  permission: Permission;
}

// Only pages that exist are listed; each resource's issue adds its entry here.
export const navItems: readonly NavItem[] = [
  { href: "/", label: "Overview", permission: "records:read" },
  { href: "/customers", label: "Customers", permission: "records:read" },
  { href: "/charges", label: "Charges", permission: "records:read" },
  { href: "/subscriptions", label: "Subscriptions", permission: "records:read" },
  { href: "/discounts", label: "Discounts", permission: "records:read" },
  { href: "/batches", label: "Batches", permission: "records:read" },
  { href: "/audit", label: "Audit log", permission: "audit:read" },
];
