"use client";

import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/queries/api-error";
import { PageHeader } from "./page-header";

/** A detail page whose record could not be read: the server's message and Retry, never a blank page. */
export function QueryErrorPanel({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  return (
    <div>
      <PageHeader title={title} />
      <div className="border-destructive/40 bg-card rounded-lg border p-6" data-testid="detail-error">
        <p className="font-medium">This record could not be loaded.</p>
        <p className="text-muted-foreground mt-1 text-sm">{getErrorMessage(error)}</p>
        <Button variant="secondary" size="sm" className="mt-4" onClick={onRetry}>
          Retry
        </Button>
      </div>
    </div>
  );
}
