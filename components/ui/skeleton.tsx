import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

/** A grey placeholder block. Decorative: the container announces loading (e.g. `aria-busy`). */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      data-slot="skeleton"
      className={cn("bg-muted rounded-md motion-safe:animate-pulse", className)}
      {...props}
    />
  );
}
