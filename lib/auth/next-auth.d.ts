import type { Role } from "./permissions";

export interface SessionOperator {
  id: string;
  email: string;
  name: string;
  role: Role;
}

declare module "next-auth" {
  interface Session {
    /** Absent when the session has expired or the operator was disabled. */
    operator?: SessionOperator;
  }
  interface User {
    role: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    operatorId?: string;
    role?: Role;
    signedInAt?: number;
    revoked?: boolean;
  }
}
