import type { SelectHTMLAttributes } from "react";
import { cn } from "@/lib/utils/cn";

/**
 * A styled native `<select>`. Native on purpose: keyboard, screen-reader and mobile behaviour come
 * from the browser, it labels with a plain `<label htmlFor>`, and it renders identically on the server.
 */
export function NativeSelect({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select
      data-slot="native-select"
      className={cn(
        // `scheme-light-dark` makes the browser draw the option list dark in dark mode too.
        "border-input bg-background h-9 rounded-md border px-2 text-sm scheme-light-dark",
        "aria-[invalid=true]:border-destructive disabled:cursor-not-allowed disabled:opacity-50",
        className,
      )}
      {...props}
    />
  );
}
