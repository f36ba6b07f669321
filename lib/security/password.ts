import "server-only";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// scrypt from node:crypto: memory-hard like argon2, with no native add-on to build on Vercel.
// N = 2^17, r = 8, p = 1 is OWASP's minimum for scrypt (Password Storage Cheat Sheet): 128 MiB and
// ~0.4 s per hash on this project's machines. lib/security/hash-slots.ts caps how many run at once.
const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
/** No stored hash may make us allocate more than this (twice today's parameters). */
const MAX_MEMORY = 256 * 1024 * 1024;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** What OpenSSL allocates for these parameters (its own check), plus headroom for rounding. */
function memoryFor({ N, r, p }: ScryptParams): number {
  return 128 * r * (N + p + 2) + 1024 * 1024;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: memoryFor(params) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password as `scrypt$N$r$p$<salt b64>$<key b64>`: self-describing, so params can grow. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64"), key.toString("base64")].join("$");
}

interface StoredHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function parseStored(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key, extra] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !key || extra !== undefined) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = Number.isSafeInteger(params.N) && params.N > 1 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || ![params.r, params.p].every((value) => Number.isSafeInteger(value) && value > 0))
    return null;
  if (memoryFor(params) > MAX_MEMORY) return null;
  const expected = Buffer.from(key, "base64");
  return expected.length === KEY_LENGTH ? { params, salt: Buffer.from(salt, "base64"), key: expected } : null;
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.params).catch(() => null);
  return actual !== null && timingSafeEqual(actual, parsed.key);
}

/** Whether a (verified) stored hash was made with other parameters than today's: rehash it. */
export function needsRehash(stored: string): boolean {
  const parsed = parseStored(stored);
  return !parsed || (["N", "r", "p"] as const).some((name) => parsed.params[name] !== PARAMS[name]);
}

/** A fixed hash to verify against when the email is unknown, so timing does not reveal which emails exist. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return decoyHash;
}
