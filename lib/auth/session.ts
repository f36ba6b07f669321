import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/utils/safe-return-path";
import type { SessionOperator } from "./next-auth.d";
import { operatorFromCookies } from "./read-operator";

/** The signed-in operator, or null when signed out, expired or disabled (read-operator.ts). */
export async function getOperator(): Promise<SessionOperator | null> {
  const [cookieStore, requestHeaders] = await Promise.all([cookies(), headers()]);
  return operatorFromCookies(cookieStore.getAll(), requestHeaders.get("x-forwarded-proto"));
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
