import type { DayBucket } from "@/lib/pulse/pulse-figures";
import { cn } from "@/lib/utils/cn";
import { formatShortDay } from "./pulse-format-ui";

const BAR = 10;
const HEIGHT = 40;

/**
 * A bar per day, drawn as plain SVG (no chart library): `currentColor`, so it takes the tile's text
 * colour in light and dark mode. Its figures are in its label for screen readers (`role="img"`), and
 * in the "By day" table beside it for everyone.
 */
export function PulseBarChart({
  days,
  label,
  describeDay,
  className,
}: {
  days: readonly DayBucket[];
  /** What the bars count, e.g. "Upcoming charges by day". */
  label: string;
  /** One day's figures in words: "Tue, Dec 8: 412 charges, $18,240.00". */
  describeDay: (day: DayBucket) => string;
  /** The bars' colour (a text colour class). */
  className?: string;
}) {
  const highest = Math.max(1, ...days.map((day) => day.count));
  const first = days[0];
  const last = days.at(-1);
  return (
    <div>
      <svg
        role="img"
        aria-label={`${label}: ${days.map(describeDay).join("; ")}.`}
        viewBox={`0 0 ${days.length * BAR} ${HEIGHT}`}
        preserveAspectRatio="none"
        className={cn("h-14 w-full", className)}
      >
        {days.map((day, index) => {
          // A day with none still gets a sliver, so an empty day reads as zero rather than missing.
          const height = day.count === 0 ? 1 : Math.max(2, (day.count / highest) * HEIGHT);
          return (
            <rect
              key={day.day}
              x={index * BAR + 1}
              y={HEIGHT - height}
              width={BAR - 2}
              height={height}
              fill="currentColor"
              opacity={day.count === 0 ? 0.3 : 1}
            />
          );
        })}
      </svg>
      {first && last ? (
        <div aria-hidden="true" className="text-muted-foreground mt-1 flex justify-between text-xs">
          <span>{formatShortDay(first.day)}</span>
          <span>{formatShortDay(last.day)}</span>
        </div>
      ) : null}
    </div>
  );
}
