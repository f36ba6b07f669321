import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/utils/safe-return-path";
import { authOptions } from "./options";
import type { SessionOperator } from "./next-auth.d";

/** The signed-in operator, or null when signed out, expired or disabled. */
export async function getOperator(): Promise<SessionOperator | null> {
  const session = await getServerSession(authOptions);
  return session?.operator ?? null;
}

/**
 * For pages: the signed-in operator, or a redirect to sign-in that comes back to the requested URL
 * (which proxy.ts passes in `x-return-to`). Every page calls this itself, not only the layout:
 * layouts are not re-rendered on client navigation.
 */
export async function requirePageOperator(): Promise<SessionOperator> {
  const operator = await getOperator();
  if (!operator) {
    const returnTo = safeReturnPath((await headers()).get("x-return-to"));
    redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return operator;
}
