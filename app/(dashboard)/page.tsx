import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { PulseTiles } from "@/components/overview/pulse/pulse-tiles";
import { QuickFind } from "@/components/overview/quick-find";
import { Shortcuts } from "@/components/overview/shortcuts";
import { roleLabels } from "@/lib/schemas/roles";
import { requirePageOperator } from "@/lib/auth/session";
import { prefetchPulse } from "@/lib/queries/server-prefetch-pulse";

export const metadata: Metadata = { title: "Overview" };

// Opening the overview may claim a stale tile's refresh, which walks Recharge after the page has
// gone (`after`), within the function's time.
export const maxDuration = 60;

export default async function OverviewPage() {
  const operator = await requirePageOperator();
  const pulse = await prefetchPulse();
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {operator.name}</h1>
        <p className="text-muted-foreground">
          You are signed in as <strong>{roleLabels[operator.role]}</strong>.
        </p>
      </div>
      <HydrationBoundary state={pulse}>
        <PulseTiles />
      </HydrationBoundary>
      <div className="max-w-3xl space-y-6">
        <QuickFind />
        <Shortcuts />
      </div>
    </div>
  );
}
