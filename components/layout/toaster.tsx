"use client";

import { lazy, Suspense, useSyncExternalStore } from "react";
import { sonner } from "./sonner";
import { isToasterRequested, subscribeToToasterRequest } from "./toaster-demand";

// sonner is fetched once a component that can toast mounts (use-toast.ts), not with every page: a
// list page only toasts after a dialog, itself loaded on demand. React.lazy rather than next/dynamic:
// this never renders on the server, and next/dynamic would add ~1.4 kB gzip to every page.
const SonnerToaster = lazy(() => sonner.load().then((m) => ({ default: m.Toaster })));

/** The toast viewport, mounted once something on the page may toast. */
export function Toaster() {
  const requested = useSyncExternalStore(subscribeToToasterRequest, isToasterRequested, () => false);
  if (!requested) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster richColors closeButton position="bottom-right" />
    </Suspense>
  );
}
