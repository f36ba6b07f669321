import { useId, type ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

/** A titled card on a detail page: an `<section>` labelled by its own h2. */
export function DetailSection({
  title,
  actions,
  className,
  children,
}: {
  title: string;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={cn("bg-card rounded-lg border p-5", className)}>
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 id={headingId} className="text-base font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** Label/value pairs as a description list, two columns on wide screens. */
export function DescriptionList({ items }: { items: ReadonlyArray<{ label: string; value: ReactNode }> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map((item, index) => (
        // Labels can repeat (two line-item properties of one name), so the position keys the row.
        <div key={`${index}:${item.label}`} className="min-w-0">
          <dt className="text-muted-foreground">{item.label}</dt>
          <dd className="mt-0.5 font-medium break-words">{item.value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
