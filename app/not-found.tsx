import Link from "next/link";
import { connection } from "next/server";

/**
 * Rendered per request, not prerendered at build: proxy.ts gives every page a CSP nonce, and a
 * prerendered page's scripts carry none, so the browser would block all of them.
 */
export default async function NotFound() {
  await connection();
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-foreground">
        There is no record at this address. It may have been merged or deleted.
      </p>
      <Link href="/" className="text-sm underline underline-offset-2">
        Back to the overview
      </Link>
    </main>
  );
}
