import { StatusBadge } from "@/components/data-table/status-badge";
import type { AuditOutcome } from "@/lib/queries/audit";
import { auditOutcomeLabel, auditOutcomeTone } from "./audit-format";

/** What came of an attempt, in words ("refused", "outcome unknown"); colour only helps. */
export function AuditOutcomeBadge({ outcome }: { outcome: AuditOutcome }) {
  return <StatusBadge tone={auditOutcomeTone(outcome)} label={auditOutcomeLabel(outcome)} />;
}
