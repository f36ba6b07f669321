import { cn } from "@/lib/utils/cn";

export type StatusTone = "neutral" | "info" | "success" | "warning" | "danger" | "muted";

/**
 * Opaque backgrounds and 800/200-weight text: every pair clears WCAG AA (4.5:1) in light and dark
 * mode, which status-badge.test.ts checks against Tailwind's palette. Keep full class names here
 * (Tailwind finds classes by scanning source text).
 */
export const statusToneClasses: Record<StatusTone, string> = {
  neutral:
    "border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100",
  info: "border-sky-200 bg-sky-50 text-sky-800 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200",
  success:
    "border-emerald-200 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  warning:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
  danger: "border-red-200 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  muted:
    "border-dashed border-gray-300 bg-gray-50 text-gray-600 dark:border-gray-600 dark:bg-gray-900 dark:text-gray-300",
};

export interface StatusBadgeProps {
  tone: StatusTone;
  /** Always rendered as text: colour is never the only signal. */
  label: string;
  className?: string;
}

/**
 * A status pill. Map a resource's status to a tone with an exhaustive switch in the resource's
 * column file (`chargeStatusTone(status)`); the badge itself knows no statuses.
 */
export function StatusBadge({ tone, label, className }: StatusBadgeProps) {
  return (
    <span
      data-slot="status-badge"
      data-tone={tone}
      className={cn(
        // Line box stays at 20px (16 + 2×1 padding + 2×1 border) so rows keep the skeleton's height.
        "inline-flex items-center gap-1.5 rounded-full border px-2 py-px text-xs leading-4 font-medium whitespace-nowrap",
        statusToneClasses[tone],
        className,
      )}
    >
      <span aria-hidden="true" className="size-1.5 shrink-0 rounded-full bg-current opacity-70" />
      {label}
    </span>
  );
}
