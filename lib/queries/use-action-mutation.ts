"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { fetchJson } from "./fetch-json";

function newIdempotencyKey(): string {
  return `dialog-${crypto.randomUUID()}`;
}

/**
 * One action, sent at most once per opened dialog: the Idempotency-Key is made when the dialog
 * mounts and reused for every attempt (a retry after a network error replays, never re-applies),
 * and `send` ignores calls while one is in flight — a double click fires two events before React
 * re-renders the disabled button. On success every view of the record refreshes.
 */
export function useActionMutation<Input, Output>(options: {
  url: string;
  method?: "POST" | "PUT" | "DELETE";
  /** Query keys whose data changes with this action (detail, lists, related records). */
  invalidates: ReadonlyArray<readonly unknown[]>;
  onSuccess?: (output: Output) => void;
}) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const inFlight = useRef(false);
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (input: Input) =>
      fetchJson<{ data: Output }>(options.url, {
        method: options.method ?? "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
        body: JSON.stringify(input),
      }).then((body) => body.data),
    onSuccess: async (output) => {
      options.onSuccess?.(output);
      await Promise.all(options.invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const send = (input: Input) => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(input);
  };
  return { ...mutation, send };
}
