"use client";

import { useState } from "react";
import type { RecordAction } from "@/components/actions/use-record-action";
import { ApiClientError } from "@/lib/queries/api-error";
import { addressActionFieldErrors } from "@/lib/schemas/address-actions";

/**
 * Recharge's reason for refusing what an address dialog sent, at the field that held the refused
 * value, for as long as it still holds it: once the operator corrects the field, the reason goes and
 * the dialog may send again (a new request with a new key: use-action-mutation.ts). Returns the action with
 * a confirm that notes what was sent.
 */
export function useRefusedFields<Values extends Readonly<Record<string, string>>>(
  action: RecordAction,
  values: Values,
) {
  const [sent, setSent] = useState<Values | null>(null);
  const refusal =
    action.error instanceof ApiClientError && action.error.status === 422
      ? addressActionFieldErrors(action.error.fields)
      : {};
  const refused: Partial<Record<keyof Values & string, string>> = {};
  for (const [field, messages] of Object.entries(refusal)) {
    const key = field as keyof Values & string;
    if (sent && Object.hasOwn(values, field) && values[key] === sent[key] && messages[0])
      refused[key] = messages[0];
  }
  return {
    /** Recharge's reason, at each field still holding the value it refused. */
    refused,
    /** Something Recharge refused is unchanged: sending it again would only be refused again. */
    unchangedRefusal: Object.keys(refused).length > 0,
    action: {
      ...action,
      confirm: () => {
        setSent(values);
        action.confirm();
      },
    },
  };
}
