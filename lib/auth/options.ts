import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { authorizeCredentials } from "./credentials";
import { currentOperatorStatus } from "./operator-status";
import { SESSION_IDLE_SECONDS, isPastAbsoluteLimit } from "./session-policy";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

/**
 * next-auth configuration. JWT sessions: the cookie's lifetime is the idle limit (it is re-issued
 * whenever the browser refreshes the session), the absolute limit is checked against `signedInAt`,
 * and the operator row is re-read so disabling someone takes effect within a minute.
 */
export const authOptions: NextAuthOptions = {
  secret: serverEnv().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, req) => authorizeCredentials(credentials, clientIp(req.headers)),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        return {
          ...token,
          operatorId: user.id,
          role: user.role,
          name: user.name,
          signedInAt: Math.floor(Date.now() / 1000),
        };
      }
      if (token.revoked || !token.operatorId || !token.signedInAt) return { ...token, revoked: true };
      if (isPastAbsoluteLimit(token.signedInAt)) return { ...token, revoked: true };
      const status = await currentOperatorStatus(token.operatorId);
      if (!status?.active) return { ...token, revoked: true };
      return { ...token, role: status.role, name: status.name };
    },
    session({ session, token }) {
      const operator =
        !token.revoked && token.operatorId && token.role && token.email
          ? { id: token.operatorId, email: token.email, name: token.name ?? token.email, role: token.role }
          : undefined;
      return { expires: session.expires, operator };
    },
  },
};
