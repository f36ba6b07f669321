import type { Role } from "@/lib/schemas/roles";

export interface SessionOperator {
  id: string;
  email: string;
  name: string;
  role: Role;
}

declare module "next-auth" {
  interface Session {
    /** Absent when the session has expired, was signed out or the operator was disabled. */
    operator?: SessionOperator;
  }
  interface User {
    role: Role;
    /** The operator's session version at sign-in (lib/db/operators.ts). */
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    operatorId?: string;
    role?: Role;
    signedInAt?: number;
    /** Names this session, so signing out can end it alone (lib/db/ended-sessions.ts). */
    sessionId?: string;
    sessionVersion?: number;
    revoked?: boolean;
  }
}
