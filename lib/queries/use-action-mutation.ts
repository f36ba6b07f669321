"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { ApiClientError } from "./api-error";
import { fetchJson } from "./fetch-json";

function newIdempotencyKey(): string {
  return `dialog-${crypto.randomUUID()}`;
}

/**
 * One action, sent at most once per opened dialog: the Idempotency-Key is made when the dialog
 * mounts and reused for every attempt (a retry after a network error replays, never re-applies),
 * and `send` ignores calls while one is in flight — a double click fires two events before React
 * re-renders the disabled button. On success every view of the record refreshes.
 *
 * After a refusal that names fields (a 422: nothing was applied), a changed body is the operator's
 * correction, a new request: it goes with a new key, or the server would refuse the old one as used
 * for a different request. The same body sent again keeps the key and gets the same answer.
 */
export function useActionMutation<Input, Output>(options: {
  url: string;
  method?: "POST" | "PUT" | "DELETE";
  /** Query keys whose data changes with this action (detail, lists, related records). */
  invalidates: ReadonlyArray<readonly unknown[]>;
  onSuccess?: (output: Output) => void;
}) {
  const [firstKey] = useState(newIdempotencyKey);
  const idempotencyKey = useRef(firstKey);
  const sentBody = useRef<string | null>(null);
  /** Set by any answer but a field refusal: a lost one, a busy one, a conflict, a network error. */
  const keyMayHaveApplied = useRef(false);
  const inFlight = useRef(false);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (input: Input) =>
      fetchJson<{ data: Output }>(options.url, {
        method: options.method ?? "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey.current },
        body: JSON.stringify(input),
      }).then((body) => body.data),
    onSuccess: async (output) => {
      options.onSuccess?.(output);
      await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error) => {
      if (!isFieldRefusal(error)) keyMayHaveApplied.current = true;
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const send = (input: Input) => {
    if (inFlight.current) return;
    inFlight.current = true;
    const body = JSON.stringify(input);
    if (isCorrection({ body, sentBody: sentBody.current, keyMayHaveApplied: keyMayHaveApplied.current })) {
      idempotencyKey.current = newIdempotencyKey();
      keyMayHaveApplied.current = false;
    }
    sentBody.current = body;
    mutation.mutate(input);
  };
  return { ...mutation, send };
}

/**
 * A 422 naming the body's fields: the request was refused as sent, and nothing was applied. Not the
 * Idempotency-Key conflict, which names the header: that key's first request may have been applied.
 */
export function isFieldRefusal(error: unknown): boolean {
  if (!(error instanceof ApiClientError) || error.status !== 422) return false;
  const fields = Object.keys(error.fields ?? {});
  return fields.length > 0 && !fields.includes("Idempotency-Key");
}

/**
 * Whether this confirm is a correction that needs a new key: the body changed, and every answer to
 * the current key so far was a field refusal. Once an answer left the outcome open (lost, busy, a
 * network error), the key stays for good, so the earlier request can never be applied twice.
 */
export function isCorrection(state: {
  body: string;
  sentBody: string | null;
  keyMayHaveApplied: boolean;
}): boolean {
  return state.sentBody !== null && state.body !== state.sentBody && !state.keyMayHaveApplied;
}
