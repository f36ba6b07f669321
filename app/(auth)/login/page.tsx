import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getOperator } from "@/lib/auth/session";
import { DEMO_PASSWORD } from "@/lib/db/demo-seed";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { safeReturnPath } from "@/lib/utils/safe-return-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const { callbackUrl } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl);
  if (await getOperator()) redirect(returnTo);
  return (
    <main className="bg-muted/40 flex min-h-screen items-center justify-center p-6">
      <div className="bg-card w-full max-w-sm rounded-lg border p-8 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in</h1>
        <p className="text-muted-foreground mt-1 text-sm">Recharge operator dashboard</p>
        <SignInForm returnTo={returnTo} />
        {serverEnv().DEMO_MODE ? (
          <p className="text-muted-foreground mt-6 text-xs">
            Demo mode: sign in as admin@example.com, agent@example.com or viewer@example.com with the password{" "}
            <code className="font-mono">{DEMO_PASSWORD}</code>.
          </p>
        ) : null}
      </div>
    </main>
  );
}
