import type { ComponentProps } from "react";
import { cn } from "@/lib/utils/cn";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "border-input bg-background placeholder:text-muted-foreground aria-[invalid=true]:border-destructive h-9 w-full rounded-md border px-3 text-sm",
        className,
      )}
      {...props}
    />
  );
}
