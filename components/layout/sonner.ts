import { onDemand } from "@/lib/utils/on-demand";

/**
 * sonner, fetched on first need (~9 kB gzip). The one `import("sonner")` in the app: the viewport
 * (toaster.tsx) and every toast (use-toast.ts) share one chunk. A static import anywhere would put a
 * copy in that module's chunk too, so a dialog's first toast would fetch sonner twice.
 */
export const sonner = onDemand(() => import("sonner"));
