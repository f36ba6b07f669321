"use client";

import { CircleAlert } from "lucide-react";
import { getErrorMessage } from "@/lib/queries/api-error";
import { cn } from "@/lib/utils/cn";
import { RetryButton } from "./retry-button";

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
      <RetryButton onRetry={onRetry} retrying={isRetrying} className="mt-1" />
    </div>
  );
}
