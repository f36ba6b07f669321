import { TriangleAlert } from "lucide-react";
import type { UnreadableRecords } from "@/lib/queries/list-page";

/** "1 record could not be read (request id req_…)": what the note says, in one place. */
export function unreadableRecordsText({ count, requestId }: UnreadableRecords): string {
  const records = count === 1 ? "1 record" : `${count} records`;
  return `${records} could not be read (${requestId ? `request id ${requestId}` : "no request id"})`;
}

/**
 * Above a list whose page left out records the server could not read (the BFF's `unreadable`): the
 * rest of the page is shown, and the operator learns that it is not the whole page, with the
 * request id to quote to Recharge. Nothing when every record was read.
 */
export function UnreadableRecordsNote({ unreadable }: { unreadable: UnreadableRecords | null | undefined }) {
  if (!unreadable || unreadable.count < 1) return null;
  return (
    // role="status": announced politely; Next already owns the page's one role="alert".
    <p
      role="status"
      data-testid="unreadable-records"
      className="flex items-center gap-2 rounded-lg border border-amber-600/40 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <TriangleAlert aria-hidden="true" className="size-4 shrink-0" />
      {unreadableRecordsText(unreadable)}
    </p>
  );
}
