import Link from "next/link";
import { PaletteLauncher } from "@/components/palette/palette-launcher";
import { can } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/schemas/roles";
import type { SessionOperator } from "@/lib/auth/next-auth.d";
import { navItems } from "./nav-items";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

export function AppSidebar({ operator }: { operator: SessionOperator }) {
  const items = navItems.filter((item) => can(operator.role, item.permission));
  return (
    <aside className="bg-card flex w-56 shrink-0 flex-col border-r">
      <Link href="/" className="px-5 py-4 text-base font-semibold tracking-tight">
        Recharge Ops
      </Link>
      <div className="px-3 pb-3">
        <PaletteLauncher />
      </div>
      <nav aria-label="Main" className="flex-1 px-3">
        <ul className="space-y-0.5">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="border-t px-5 py-4 text-sm">
        <p className="truncate font-medium" data-testid="operator-name">
          {operator.name}
        </p>
        <p className="text-muted-foreground truncate">{operator.email}</p>
        <p className="text-muted-foreground mt-1 text-xs" data-testid="operator-role">
          Role: {roleLabels[operator.role]}
        </p>
        <SignOutButton />
        <SignOutEverywhereButton />
      </div>
    </aside>
  );
}
