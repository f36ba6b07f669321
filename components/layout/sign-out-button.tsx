"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { signOutAndLeave } from "@/lib/queries/auth-endpoints";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      className="mt-3 w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOutAndLeave().catch(() => setPending(false));
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
