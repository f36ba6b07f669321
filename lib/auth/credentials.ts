import "server-only";
import type { User } from "next-auth";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { findOperatorByEmail, upgradePasswordHash } from "@/lib/db/operators";
import { creditSignInSuccess, recordSignInAttempt } from "@/lib/db/sign-in-throttle";
import { createSlots } from "../security/hash-slots";
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from "../security/password";
import { accountRule, pairRule } from "../db/sign-in-throttle-policy";

export const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
});

/** The error code the sign-in page turns into "Too many attempts, try again in N minutes". */
export const SIGN_IN_RATE_LIMITED = "RateLimited";

/**
 * next-auth hands a thrown error's message to the sign-in page as `?error=`: the code and the whole
 * minutes to wait, e.g. `RateLimited:15`. The same for known and unknown emails.
 */
export function rateLimitedError(seconds: number): Error {
  return new Error(`${SIGN_IN_RATE_LIMITED}:${Math.max(1, Math.ceil(seconds / 60))}`);
}

// Two hashes at once (2 × 128 MiB), four more may wait up to 2 s (each hash takes ~0.4 s); beyond
// that an attempt is refused at once rather than queued. One cap per process (globalThis), whichever
// bundle of this module runs.
const holder = globalThis as typeof globalThis & { __hashSlots?: ReturnType<typeof createSlots> };
const hashSlots = (holder.__hashSlots ??= createSlots({ max: 2, maxWaiting: 4, waitMs: 2000 }));

export type AuthorizedOperator = User & { email: string; name: string };

/**
 * Checks an email and password. Every attempt is counted before the password is checked, per email
 * + client address and per email alone (lib/db/sign-in-throttle-policy.ts); a locked key refuses
 * even the right password, so guessing cannot win. Unknown emails, wrong passwords and disabled
 * operators all fail the same way and take the same time; locks apply to unknown emails alike.
 */
export async function authorizeCredentials(
  input: unknown,
  clientAddress: string,
): Promise<AuthorizedOperator | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const db = await getDb();
  const keys = [
    { key: `account|${email}`, rule: accountRule },
    { key: `pair|${email}|${clientAddress}`, rule: pairRule },
  ];
  const lockedFor = await recordSignInAttempt(db, keys);
  if (lockedFor !== null) throw rateLimitedError(lockedFor);

  const checked = await hashSlots.run(() => checkPassword(db, email, parsed.data.password));
  // Too many hashes in flight: refused like a lock, so a flood costs no memory and learns nothing.
  if (!checked.ok) throw rateLimitedError(60);
  if (!checked.value) return null;
  await creditSignInSuccess(
    db,
    keys.map((entry) => entry.key),
  );
  return checked.value;
}

async function checkPassword(db: Db, email: string, password: string): Promise<AuthorizedOperator | null> {
  const operator = await findOperatorByEmail(db, email);
  const stored = operator?.password_hash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(password, stored);
  if (!operator || !matches || operator.disabled) return null;
  // Hashes made with older, weaker parameters still verify; the first sign-in stores today's.
  if (needsRehash(stored)) await upgradePasswordHash(db, operator.id, stored, await hashPassword(password));
  return {
    id: operator.id,
    email: operator.email,
    name: operator.name,
    role: operator.role,
    sessionVersion: operator.session_version,
  };
}
