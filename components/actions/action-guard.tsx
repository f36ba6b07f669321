"use client";

import { createContext, useContext, useEffect, useState } from "react";
import { describeAuthor, formatAgo } from "./record-change";
import type { ActionGuardState } from "./use-watched-record";

/**
 * Set by the host that opens an action dialog on a watched record (record-action-host.tsx); read by
 * ActionDialog, so every dialog gets the stale-record warning and its confirm rule without each
 * dialog wiring them.
 */
export const ActionGuardContext = createContext<ActionGuardState | null>(null);

export function useActionGuard(): ActionGuardState | null {
  return useContext(ActionGuardContext);
}

/** Whether the guard lets the operator confirm: no change, or a change they have checked. */
export function guardAllowsConfirm(guard: ActionGuardState | null): boolean {
  if (!guard?.change) return true;
  return guard.unavailable === null && guard.acknowledged;
}

/** A clock for "3 seconds ago" that ticks only while something shows it. */
function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "This charge was refunded 3 seconds ago by Ada.", with what the operator can do about it. */
export function RecordChangedNotice({ guard }: { guard: ActionGuardState }) {
  const now = useNow(1_000);
  const { change } = guard;
  if (!change) return null;
  const when = change.atMs === null ? "" : ` ${formatAgo(change.atMs, now)}`;
  return (
    <div
      role="alert"
      data-testid="record-changed"
      className="rounded-md border border-amber-600/60 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-medium">
        This {change.noun} {change.what}
        {when}
        {describeAuthor(change.author)}.
      </p>
      {guard.unavailable ? (
        <p className="mt-1">{guard.unavailable}</p>
      ) : (
        <>
          <p className="mt-1">
            What this dialog shows has been read again from Recharge. Check it before you confirm.
          </p>
          <label className="mt-2 flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              className="size-4"
              checked={guard.acknowledged}
              onChange={(event) => guard.setAcknowledged(event.target.checked)}
            />
            I have checked the current {change.noun}
          </label>
        </>
      )}
    </div>
  );
}
