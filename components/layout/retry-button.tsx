"use client";

import { RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

/**
 * Retry (or Refresh) for a failed read. While the read is in flight it is aria-disabled, not
 * disabled: a disabled button drops keyboard focus mid-retry.
 */
export function RetryButton({
  onRetry,
  retrying,
  label = "Retry",
  busyLabel = "Retrying…",
  className,
}: {
  onRetry: () => void;
  retrying: boolean;
  label?: string;
  busyLabel?: string;
  className?: string;
}) {
  return (
    <Button
      variant="secondary"
      size="sm"
      className={cn("aria-disabled:opacity-50", className)}
      aria-disabled={retrying || undefined}
      onClick={retrying ? undefined : onRetry}
    >
      <RotateCw aria-hidden="true" className={retrying ? "size-4 motion-safe:animate-spin" : "size-4"} />
      {retrying ? busyLabel : label}
    </Button>
  );
}
