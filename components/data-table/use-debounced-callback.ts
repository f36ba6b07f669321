"use client";

import { useEffect, useMemo, useRef } from "react";

export interface DebouncedCallback<Args extends unknown[]> {
  /** (Re)starts the wait; the latest arguments win. */
  schedule: (...args: Args) => void;
  /** Runs the pending call now (e.g. on Enter). */
  flush: () => void;
  cancel: () => void;
}

/**
 * Delays `callback` until calls stop for `delayMs`. The latest callback is used when it fires, so
 * it sees current props; a pending call is dropped on unmount.
 */
export function useDebouncedCallback<Args extends unknown[]>(
  callback: (...args: Args) => void,
  delayMs: number,
): DebouncedCallback<Args> {
  const callbackRef = useRef(callback);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingRef = useRef<Args | null>(null);

  useEffect(() => {
    callbackRef.current = callback;
  });
  useEffect(() => () => clearTimeout(timerRef.current), []);

  return useMemo(() => {
    const cancel = () => {
      clearTimeout(timerRef.current);
      pendingRef.current = null;
    };
    const flush = () => {
      const args = pendingRef.current;
      cancel();
      if (args) callbackRef.current(...args);
    };
    const schedule = (...args: Args) => {
      pendingRef.current = args;
      clearTimeout(timerRef.current);
      timerRef.current = setTimeout(flush, delayMs);
    };
    return { schedule, flush, cancel };
  }, [delayMs]);
}
