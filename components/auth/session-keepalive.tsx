"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { refreshSession } from "@/lib/queries/auth-endpoints";

// The session cookie expires after 30 idle minutes; refreshing it on real activity (not on a timer)
// keeps an active operator signed in while an abandoned tab still times out.
const REFRESH_EVERY_MS = 5 * 60 * 1000;

export function SessionKeepalive() {
  const router = useRouter();
  useEffect(() => {
    let last = Date.now();
    const onActivity = () => {
      if (Date.now() - last < REFRESH_EVERY_MS) return;
      last = Date.now();
      void refreshSession().then((active) => {
        // Expired or disabled: a refresh makes the page's own session check send the operator to sign-in.
        if (!active) router.refresh();
      });
    };
    const events = ["pointerdown", "keydown"] as const;
    events.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    return () => events.forEach((name) => window.removeEventListener(name, onActivity));
  }, [router]);
  return null;
}
