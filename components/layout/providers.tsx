"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useState, type ReactNode } from "react";
import { ApiClientError } from "@/lib/queries/api-error";
import { Toaster } from "./toaster";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The BFF already retried Recharge; retry here only what a second try can fix.
        retry: (failures, error) =>
          failures < 1 && !(error instanceof ApiClientError && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/** Browser-side providers: one QueryClient per browser tab (never module-level), URL state, toasts. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
      <Toaster />
    </QueryClientProvider>
  );
}
