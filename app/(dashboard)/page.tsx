import type { Metadata } from "next";
import { roleLabels } from "@/lib/auth/permissions";
import { requirePageOperator } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const operator = await requirePageOperator();
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">Welcome, {operator.name}</h1>
      <p className="text-muted-foreground">
        You are signed in as <strong>{roleLabels[operator.role]}</strong>. Use the navigation to find
        customers, subscriptions and charges.
      </p>
    </div>
  );
}
