import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { clientAddress } from "./client-address";
import { authorizeCredentials } from "./credentials";
import { endThisSession } from "./end-sessions";
import { SESSION_IDLE_SECONDS } from "./session-policy";
import { checkSessionToken, sessionOperator } from "./session-token";

/**
 * next-auth configuration. JWT sessions: the cookie's lifetime is the idle limit (it is re-issued
 * whenever the browser refreshes the session), the absolute limit is checked against `signedInAt`,
 * and the operator and session are re-read (lib/auth/session-status.ts) so that disabling someone,
 * signing out or "sign out everywhere" takes effect within 30 s on every instance.
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
      authorize: (credentials, req) => {
        const env = serverEnv();
        const address = clientAddress(req.headers, {
          onVercel: env.VERCEL,
          trustedProxyHops: env.TRUSTED_PROXY_HOPS,
        });
        return authorizeCredentials(credentials, address);
      },
    }),
  ],
  events: {
    signOut: ({ token }) => endThisSession(token),
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        return {
          ...token,
          operatorId: user.id,
          role: user.role,
          name: user.name,
          signedInAt: Math.floor(Date.now() / 1000),
          sessionId: randomUUID(),
          sessionVersion: user.sessionVersion,
        };
      }
      return checkSessionToken(token);
    },
    session({ session, token }) {
      return { expires: session.expires, operator: sessionOperator(token) };
    },
  },
};
