import "server-only";
import { headers } from "next/headers";

/**
 * Whether this page request is the browser's router moving within the app (a click, Back,
 * router.push) rather than a document load (a typed URL, a reload, a new tab). Next hides its own
 * `RSC` header from app code, even from proxy.ts; the browser's Fetch Metadata says it plainly: the
 * router's requests are fetches (`Sec-Fetch-Dest: empty`), a document load is `document`. A client
 * that sends neither (curl, an old browser) is treated as a document load: it waits for the read.
 */
export async function isClientNavigation(): Promise<boolean> {
  return (await headers()).get("sec-fetch-dest") === "empty";
}
