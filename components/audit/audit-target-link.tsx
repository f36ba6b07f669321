import Link from "next/link";
import { auditTargetHref, auditTargetLabel } from "./audit-format";

/** The record an attempt was about, linked to its page when it has one ("new" records have none). */
export function AuditTargetLink({ type, id }: { type: string; id: string | null }) {
  const label = auditTargetLabel(type, id);
  const href = auditTargetHref(type, id);
  if (!href) return <span>{label}</span>;
  return (
    <Link href={href} prefetch={false} className="font-medium underline-offset-4 hover:underline">
      {label}
    </Link>
  );
}
