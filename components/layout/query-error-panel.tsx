"use client";

import { LoadErrorPanel } from "./load-error-panel";
import { PageHeader } from "./page-header";

/** A detail page whose record could not be read: its title, the server's message and Retry. */
export function QueryErrorPanel({
  title,
  error,
  onRetry,
  isRetrying,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  isRetrying?: boolean;
}) {
  return (
    <div>
      <PageHeader title={title} />
      <LoadErrorPanel
        title="This record could not be loaded."
        error={error}
        onRetry={onRetry}
        isRetrying={isRetrying}
      />
    </div>
  );
}
