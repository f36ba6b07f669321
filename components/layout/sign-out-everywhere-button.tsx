"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOutAndLeave } from "@/lib/queries/auth-endpoints";

/**
 * Ends every session of the signed-in operator — other browsers, other devices, a copied cookie —
 * then signs this browser out too. Other instances honour an ended session for up to 30 s.
 */
export function SignOutEverywhereButton() {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");

  async function signOutEverywhere() {
    setState("pending");
    const response = await fetch("/api/me/sign-out-everywhere", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
      body: "{}",
    }).catch(() => null);
    if (!response?.ok) {
      setState("failed");
      return;
    }
    await signOutAndLeave().catch(() => setState("failed"));
  }

  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        className="mt-1 w-full"
        disabled={state === "pending"}
        onClick={() => void signOutEverywhere()}
      >
        {state === "pending" ? "Signing out everywhere…" : "Sign out everywhere"}
      </Button>
      {state === "failed" ? (
        <p className="text-destructive mt-1 text-xs" data-testid="sign-out-everywhere-error">
          Could not sign out everywhere. Try again.
        </p>
      ) : null}
    </>
  );
}
