import { useId, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

/**
 * Skeleton rows of a section's table before its first page arrives (the server usually prefetched
 * it): a customer has a handful of records, so a full page of placeholders would collapse on arrival.
 */
export const SECTION_SKELETON_ROWS = 3;

export interface CustomerSectionProps {
  title: string;
  /** One line under the title: what the section lists and in which order. */
  description?: ReactNode;
  /** Controls beside the title (e.g. a status picker). */
  toolbar?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One part of the customer page: a `<section>` named by its own h2, on the page's card surface. */
export function CustomerSection({ title, description, toolbar, className, children }: CustomerSectionProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cn("flex min-w-0 flex-col gap-4", className)}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          {description ? <p className="text-muted-foreground mt-0.5 text-sm">{description}</p> : null}
        </div>
        {toolbar}
      </div>
      {children}
    </section>
  );
}
