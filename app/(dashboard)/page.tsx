import type { Metadata } from "next";
import { QuickFind } from "@/components/overview/quick-find";
import { Shortcuts } from "@/components/overview/shortcuts";
import { roleLabels } from "@/lib/schemas/roles";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const operator = await requirePageOperator();
  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome, {operator.name}</h1>
        <p className="text-muted-foreground">
          You are signed in as <strong>{roleLabels[operator.role]}</strong>.
        </p>
      </div>
      <QuickFind />
      <Shortcuts />
    </div>
  );
}
