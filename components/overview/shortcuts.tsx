import Link from "next/link";

// The lists an operator checks first thing, one click away. Each is an ordinary list URL, so it can
// be bookmarked and narrowed further on its page.
const SHORTCUTS = [
  {
    href: "/charges?status=error",
    label: "Failed charges",
    hint: "Payment errors waiting on a retry or a fix",
  },
  {
    href: "/charges?status=queued&sort_by=scheduled_at-asc",
    label: "Upcoming charges",
    hint: "Queued, soonest first",
  },
  { href: "/charges?status=skipped", label: "Skipped charges", hint: "Skipped by customers or operators" },
  { href: "/subscriptions?status=cancelled", label: "Cancelled subscriptions", hint: "Newest first" },
  { href: "/batches", label: "Batches", hint: "Bulk uploads and their progress" },
] as const;

export function Shortcuts() {
  return (
    <nav aria-label="Shortcuts" className="bg-card rounded-lg border p-5">
      <h2 className="mb-3 text-base font-semibold">Shortcuts</h2>
      <ul className="divide-y">
        {SHORTCUTS.map((shortcut) => (
          <li key={shortcut.href}>
            <Link
              href={shortcut.href}
              className="hover:bg-muted/50 -mx-2 flex flex-wrap items-baseline justify-between gap-x-3 rounded px-2 py-2"
            >
              <span className="font-medium">{shortcut.label}</span>
              <span className="text-muted-foreground text-sm">{shortcut.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
