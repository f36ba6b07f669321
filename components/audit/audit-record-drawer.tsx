"use client";

import { Dialog } from "radix-ui";
import { X } from "lucide-react";
import { useEffect, useState } from "react";
import { DateCell } from "@/components/data-table/date-cell";
import { formatUtcExact } from "@/components/data-table/format";
import { DescriptionList } from "@/components/layout/detail-section";
import { Button } from "@/components/ui/button";
import type { AuditRecord } from "@/lib/queries/audit";
import { auditActionLabel, auditRoleLabel } from "./audit-format";
import { AuditOutcomeBadge } from "./audit-outcome-badge";
import { AuditTargetLink } from "./audit-target-link";

/** The stored body as indented JSON; `null` when the attempt was refused before a body was read. */
function prettyRequest(request: unknown): string | null {
  if (request === null || request === undefined) return null;
  return JSON.stringify(request, null, 2);
}

/**
 * One audit record in full, in a side sheet: a Radix dialog, so focus moves in, is trapped, and
 * returns to the row's Details button on Escape or Close. Read-only: nothing here changes anything.
 */
export function AuditRecordDrawer({ record, onClose }: { record: AuditRecord; onClose: () => void }) {
  // Mounted on open and unmounted on close, so Radix has no trigger to refocus: give focus back to
  // whatever opened the drawer (the row's Details button), as the action dialogs do.
  const [opener] = useState(() =>
    typeof document === "undefined" ? null : (document.activeElement as HTMLElement | null),
  );
  useEffect(() => () => opener?.focus(), [opener]);
  const body = prettyRequest(record.request);
  const role = auditRoleLabel(record.operatorRole);
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content className="bg-card text-card-foreground fixed inset-y-0 right-0 z-50 flex w-[min(40rem,100vw)] flex-col overflow-y-auto border-l p-6 shadow-xl">
          <div className="flex items-start justify-between gap-4">
            <div className="min-w-0">
              <Dialog.Title className="text-lg font-semibold">
                {auditActionLabel(record.action)} · record {record.id}
              </Dialog.Title>
              <Dialog.Description className="text-muted-foreground mt-1 text-sm">
                <span className="font-mono">{record.action}</span>, recorded{" "}
                {formatUtcExact(record.createdAt)}
              </Dialog.Description>
            </div>
            <Dialog.Close asChild>
              <Button variant="ghost" size="sm" aria-label="Close">
                <X aria-hidden="true" className="size-4" />
              </Button>
            </Dialog.Close>
          </div>

          <div className="mt-6 space-y-6">
            <DescriptionList
              items={[
                { label: "Outcome", value: <AuditOutcomeBadge outcome={record.outcome} /> },
                { label: "When", value: <DateCell value={record.createdAt} /> },
                {
                  label: "Operator",
                  value: record.operatorEmail
                    ? `${record.operatorEmail}${role ? ` (${role})` : ""}`
                    : "Signed out",
                },
                {
                  label: "Target",
                  value: <AuditTargetLink type={record.targetType} id={record.targetId} />,
                },
                { label: "Reason", value: record.reason },
                { label: "HTTP status", value: String(record.httpStatus) },
                {
                  label: "Upstream status",
                  value:
                    record.upstreamStatus === null
                      ? "Recharge was not called"
                      : String(record.upstreamStatus),
                },
                {
                  label: "Upstream request id",
                  value: record.upstreamRequestId ? (
                    <span className="font-mono text-xs">{record.upstreamRequestId}</span>
                  ) : null,
                },
                {
                  label: "Idempotency key",
                  value: record.idempotencyKey ? (
                    <span className="font-mono text-xs">{record.idempotencyKey}</span>
                  ) : null,
                },
                { label: "Duration", value: `${record.durationMs} ms` },
              ]}
            />

            {record.errorCode || record.errorMessage ? (
              <div className="space-y-1">
                <h3 className="text-sm font-semibold">Error</h3>
                {record.errorCode ? <p className="font-mono text-xs">{record.errorCode}</p> : null}
                {record.errorMessage ? (
                  <p className="text-sm break-words whitespace-pre-wrap">{record.errorMessage}</p>
                ) : null}
              </div>
            ) : null}

            <div className="space-y-1">
              <h3 id={`audit-request-${record.id}`} className="text-sm font-semibold">
                Request body
              </h3>
              {body ? (
                // A named, focusable region: keyboard users can scroll a wide or long body, and
                // aria-label is not allowed on a plain <pre>.
                <pre
                  role="region"
                  tabIndex={0}
                  aria-labelledby={`audit-request-${record.id}`}
                  className="bg-muted max-h-96 overflow-auto rounded-md p-3 font-mono text-xs focus-visible:outline-2"
                >
                  {body}
                </pre>
              ) : (
                <p className="text-muted-foreground text-sm">
                  None recorded: the request was stopped before its body was read.
                </p>
              )}
            </div>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
