"use client";

import { CircleAlert, RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { getErrorMessage } from "@/lib/queries/api-error";
import { cn } from "@/lib/utils/cn";

export interface LoadErrorPanelProps {
  /** What failed, e.g. "This customer could not be loaded." */
  title: string;
  error: unknown;
  onRetry: () => void;
  /** True while the retry is in flight (react-query `isFetching`). */
  isRetrying?: boolean;
  className?: string;
}

/** A failed read outside a table: what failed, the server's message and Retry. Never a blank area. */
export function LoadErrorPanel({
  title,
  error,
  onRetry,
  isRetrying = false,
  className,
}: LoadErrorPanelProps) {
  return (
    <div
      data-testid="load-error"
      className={cn(
        "bg-card border-destructive/40 flex flex-col items-center gap-2 rounded-lg border px-6 py-10 text-center",
        className,
      )}
    >
      <CircleAlert aria-hidden="true" className="text-destructive size-6" />
      <p className="text-sm font-medium">{title}</p>
      <p className="text-muted-foreground max-w-prose text-sm break-words">{getErrorMessage(error)}</p>
      <Button
        variant="secondary"
        size="sm"
        className="mt-1 aria-disabled:opacity-50"
        // aria-disabled, not disabled: a disabled button drops keyboard focus mid-retry.
        aria-disabled={isRetrying || undefined}
        onClick={isRetrying ? undefined : onRetry}
      >
        <RotateCw aria-hidden="true" className={isRetrying ? "size-4 motion-safe:animate-spin" : "size-4"} />
        {isRetrying ? "Retrying…" : "Retry"}
      </Button>
    </div>
  );
}
