import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { findOperatorByEmail } from "@/lib/db/operators";
import {
  SIGN_IN_MAX_FAILURES,
  countRecentSignInFailures,
  recordSignInFailure,
} from "@/lib/db/sign-in-failures";
import { decoyPasswordHash, verifyPassword } from "./password";
import type { SessionOperator } from "./next-auth.d";

export const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
});

/** The error codes the sign-in page turns into messages. */
export const SIGN_IN_RATE_LIMITED = "RateLimited";

/**
 * Checks an email and password. Failures are counted per email + client IP; after
 * SIGN_IN_MAX_FAILURES in the window even the right password is refused, so guessing cannot win.
 * Unknown emails, wrong passwords and disabled operators all fail the same way and take the same time.
 */
export async function authorizeCredentials(
  input: unknown,
  clientIp: string,
): Promise<SessionOperator | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const key = `${email.toLowerCase()}|${clientIp}`;
  if ((await countRecentSignInFailures(db, key)) >= SIGN_IN_MAX_FAILURES)
    throw new Error(SIGN_IN_RATE_LIMITED);

  const operator = await findOperatorByEmail(db, email);
  const matches = await verifyPassword(password, operator?.password_hash ?? (await decoyPasswordHash()));
  if (!operator || !matches || operator.disabled) {
    await recordSignInFailure(db, key);
    return null;
  }
  return { id: operator.id, email: operator.email, name: operator.name, role: operator.role };
}
