"use client";

import { lazy, Suspense, type ComponentType } from "react";
import type { TargetWithActions } from "@/lib/actions/catalog";
import type { ActionDialogs, OpenActionProps } from "./action-dialog-types";

/**
 * What opens a target's action dialogs: the dialogs (and the validation and watch code they carry)
 * load when one is opened, not with every list page. React.lazy, not next/dynamic: a dialog never
 * renders on the server, and next/dynamic's loader would add ~1.4 kB gzip to the page. Nothing shows
 * until the code has arrived.
 */
export function lazyActionDialog<T extends TargetWithActions>(
  target: T,
  loadDialogs: () => Promise<ActionDialogs<T>>,
): ComponentType<OpenActionProps<T>> {
  const Loaded = lazy(async () => {
    const [{ RecordActionHost }, dialogs] = await Promise.all([
      import("./record-action-host"),
      loadDialogs(),
    ]);
    function OpenedActionDialog(props: OpenActionProps<T>) {
      return <RecordActionHost target={target} dialogs={dialogs} {...props} />;
    }
    return { default: OpenedActionDialog };
  });
  return function ActionDialogOpener(props: OpenActionProps<T>) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}
