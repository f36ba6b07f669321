"use client";

import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission } from "@/lib/auth/permissions";
import type { SessionOperator } from "@/lib/auth/next-auth.d";

const OperatorContext = createContext<SessionOperator | null>(null);

/** Makes the signed-in operator known to client components (set once by the dashboard layout). */
export function OperatorProvider({ operator, children }: { operator: SessionOperator; children: ReactNode }) {
  return <OperatorContext.Provider value={operator}>{children}</OperatorContext.Provider>;
}

/**
 * Whether the operator's role allows something. The UI only mirrors the server's rule: actions an
 * operator may not perform are not offered, and the route refuses them anyway.
 */
export function useCan(permission: Permission): boolean {
  const operator = useContext(OperatorContext);
  return operator ? can(operator.role, permission) : false;
}

/** The signed-in operator (null outside the dashboard layout), e.g. to say "by you". */
export function useOperator(): SessionOperator | null {
  return useContext(OperatorContext);
}
