import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils/cn";

export interface DataTableRowLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * The primary cell of an openable row (the id or name), as a real link so middle-click and
 * cmd/ctrl-click open the record in a new tab. Out of the Tab order: the row itself is the keyboard
 * stop (Enter opens it), so each row costs one Tab, not two. Not prefetched: a page holds up to 250.
 */
export function DataTableRowLink({ href, children, className }: DataTableRowLinkProps) {
  return (
    <Link
      href={href}
      prefetch={false}
      tabIndex={-1}
      className={cn("font-medium underline-offset-4 hover:underline", className)}
    >
      {children}
    </Link>
  );
}
