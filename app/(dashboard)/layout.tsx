import type { ReactNode } from "react";
import { OperatorProvider } from "@/components/auth/operator-context";
import { SessionKeepalive } from "@/components/auth/session-keepalive";
import { AppSidebar } from "@/components/layout/app-sidebar";
import { LiveUpdates } from "@/components/layout/live-updates";
import { Providers } from "@/components/layout/providers";
import { requirePageOperator } from "@/lib/auth/session";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // Pages check the session themselves too: layouts are not re-rendered on client navigation.
  const operator = await requirePageOperator();
  return (
    <Providers>
      <OperatorProvider operator={operator}>
        <div className="flex min-h-screen">
          <AppSidebar operator={operator} />
          <main className="min-w-0 flex-1 p-6 lg:p-8">{children}</main>
          <SessionKeepalive />
          <LiveUpdates />
        </div>
      </OperatorProvider>
    </Providers>
  );
}
