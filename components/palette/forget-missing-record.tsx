"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { useOperator } from "@/components/auth/operator-context";
import { forgetRecordAt } from "./recent-records";

/**
 * Rendered by a record page's "not found" panel: the visit the sidebar's launcher noted for this path
 * is taken back, so the palette's Recent does not offer a record Recharge does not have (a mistyped
 * id, a record deleted since). Runs after the launcher's own effect for the same path: the panel
 * comes later in the tree, and React runs sibling effects in tree order.
 */
export function ForgetMissingRecord() {
  const operator = useOperator();
  const pathname = usePathname();
  useEffect(() => {
    if (operator) forgetRecordAt(operator.id, pathname);
  }, [operator, pathname]);
  return null;
}
