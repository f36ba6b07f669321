"use client";

import { Download } from "lucide-react";
import { lazy, Suspense, useState } from "react";
import { useCan } from "@/components/auth/operator-context";
import { Button } from "@/components/ui/button";
import type { ExportRequest } from "@/lib/queries/export-download";

export interface ExportCsvButtonProps extends ExportRequest {
  /** What the list holds, for the dialog's title: "charges", "audit records". */
  noun: string;
  /** Known only for some lists (a batch's tasks): gives an exact time left. */
  expectedRows?: number;
}

// The dialog (Radix Dialog, the stream reader, the progress maths) loads on the first click, not
// with every list page: first-load JS is budgeted (React.lazy, as components/actions does).
const ExportCsvDialog = lazy(() =>
  import("./export-csv-dialog").then((module) => ({ default: module.ExportCsvDialog })),
);

/**
 * "Export CSV" beside a list: exports exactly the view's filters and sort, every page, with live
 * progress and Cancel in a dialog. Offered only to roles with `records:export` (the route refuses
 * the rest anyway).
 */
export function ExportCsvButton(props: ExportCsvButtonProps) {
  const allowed = useCan("records:export");
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button variant="secondary" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Download aria-hidden="true" className="size-4" />
        Export CSV
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <ExportCsvDialog {...props} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
