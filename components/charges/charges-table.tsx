"use client";

import { useMemo, useState } from "react";
import { CursorListTable } from "@/components/data-table/cursor-list-table";
import { chargeListUrl } from "@/lib/list-url/charge-list-url";
import { chargeQueries } from "@/lib/queries/charges";
import { chargesEmptyMessage } from "./charge-empty-message";
import { chargeListToolbar } from "./charge-list-toolbar";
import { ChargeActionDialog } from "./charge-actions";
import { getChargesTableColumns, type ChargeRowAction } from "./charges-table-columns";

/** Charges with Recharge's filters; every bit of state lives in the URL. */
export function ChargesTable() {
  const [rowAction, setRowAction] = useState<ChargeRowAction | null>(null);
  const columns = useMemo(() => getChargesTableColumns({ onRowAction: setRowAction }), []);

  return (
    <>
      <CursorListTable
        definition={chargeListUrl}
        pageQuery={chargeQueries.list}
        columns={columns}
        caption="Charges"
        exportAs={{ resource: "charges", noun: "charges" }}
        toolbar={chargeListToolbar}
        emptyMessage={chargesEmptyMessage}
        rowHref={(charge) => `/charges/${charge.id}`}
      />
      {rowAction ? (
        <ChargeActionDialog
          charge={rowAction.charge}
          verb={rowAction.verb}
          onClose={() => setRowAction(null)}
        />
      ) : null}
    </>
  );
}
