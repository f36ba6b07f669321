"use client";

import { useEffect } from "react";
import { sonner } from "./sonner";
import { requestToaster } from "./toaster-demand";

/** The toasts the dashboard raises. */
export interface Toasts {
  success(message: string): void;
  info(message: string): void;
}

// A toast waits for sonner if it has not arrived yet (the viewport asked for it when the dialog
// mounted, so it usually has); a viewport that subscribes after the toast still shows it, as sonner
// replays active toasts to late subscribers.
const toasts: Toasts = {
  success: (message) => void sonner.load().then(({ toast }) => toast.success(message)),
  info: (message) => void sonner.load().then(({ toast }) => toast.info(message)),
};

/**
 * Toasts, for a component that may raise one. Mounting it mounts the toast viewport (toaster.tsx),
 * so its live region is in the page before the first toast is announced.
 */
export function useToast(): Toasts {
  useEffect(requestToaster, []);
  return toasts;
}

/**
 * Toasts for a page that toasts only after the operator has used it (the discount form): nothing is
 * mounted with the page, so sonner stays out of its first load. The page must call requestToaster()
 * (toaster-demand.ts) on first use — the form does on its first focus — so the viewport's live region
 * is in place well before the save that raises the toast.
 */
export const toastsAfterUse: Toasts = toasts;
