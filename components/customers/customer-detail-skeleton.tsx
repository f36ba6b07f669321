import { Skeleton } from "@/components/ui/skeleton";
import { AddressCardsSkeleton } from "./address-card";
import { PROFILE_LABELS, ProfileList } from "./customer-profile";
import { SECTION_SKELETON_ROWS } from "./customer-section";

/** Vertical rhythm of the customer page's sections, shared by the page and its skeleton. */
export const CUSTOMER_SECTIONS_STACK = "flex flex-col gap-10";

/** A section's h2 and, optionally, its one-line description. */
function SectionHeadingSkeleton({ description = true }: { description?: boolean }) {
  return (
    <div className="space-y-0.5">
      <Skeleton className="h-7 w-40" />
      {description ? <Skeleton className="h-5 w-72 max-w-full" /> : null}
    </div>
  );
}

/** A table's frame: header row, `rows` rows of the data table's height, then the pager. */
function TableSkeleton({ rows }: { rows: number }) {
  return (
    <div className="flex flex-col gap-3">
      <div className="bg-card overflow-hidden rounded-lg border">
        <div className="h-10 border-b" />
        {Array.from({ length: rows }, (_, index) => (
          <div key={index} className="flex h-11 items-center gap-6 border-b px-3 last:border-0">
            <Skeleton className="h-5 w-24" />
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-5 w-20" />
            <Skeleton className="h-5 w-16" />
          </div>
        ))}
      </div>
      <Skeleton className="h-9 w-full max-w-md self-end" />
    </div>
  );
}

/**
 * The customer page while it loads, built from the real page's parts and sizes (header, profile
 * card with its labels, an address card, three tables) so content lands where placeholders were.
 */
export function CustomerDetailSkeleton() {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        Loading customer…
      </p>
      <Skeleton className="mb-2 h-5 w-36" />
      <div className="mb-6 space-y-1">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-5 w-80 max-w-full" />
      </div>
      <CustomerSectionsSkeleton />
    </div>
  );
}

function CustomerSectionsSkeleton() {
  return (
    <div className={CUSTOMER_SECTIONS_STACK}>
      <div className="space-y-4">
        <SectionHeadingSkeleton description={false} />
        <ProfileList
          items={PROFILE_LABELS.map((label) => ({
            label,
            value: <Skeleton className="h-5 w-32 max-w-full" />,
          }))}
        />
      </div>
      <div className="space-y-4">
        <SectionHeadingSkeleton />
        <AddressCardsSkeleton />
      </div>
      {["subscriptions", "upcoming", "history"].map((section) => (
        <div key={section} className="space-y-4">
          <SectionHeadingSkeleton />
          <TableSkeleton rows={SECTION_SKELETON_ROWS} />
        </div>
      ))}
    </div>
  );
}
