// Which client a sign-in attempt came from, for the per-address sign-in limit. Only a source the
// deployment vouches for is believed: anything the client itself can write would let one guesser
// pose as thousands of addresses.
import "server-only";
import { isIP } from "node:net";

/** Where the client's address may be read, from the validated environment. */
export interface AddressSource {
  /** On Vercel (`VERCEL=1`, set by the platform): its own `x-real-ip`. */
  onVercel: boolean;
  /** Behind this many proxies of our own, each appending to X-Forwarded-For: counted from the right. */
  trustedProxyHops: number | undefined;
}

/**
 * Used when no trusted source is configured. `next start` fills X-Forwarded-For with the socket's
 * address only when the request carries none (`??=` in next/dist/server/base-server.js), and a route
 * handler cannot reach the socket: a header the client sent and one Next wrote look the same. So none
 * is believed, and attempts without a proxy in front share this one address (the email still counts).
 */
export const DIRECT_CLIENT = "direct";

type HeaderBag = Record<string, unknown> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers?.[name];
  if (typeof value === "string") return value;
  return Array.isArray(value) && typeof value[0] === "string" ? value.join(",") : undefined;
}

/** An address as a stable key: IPv4-mapped IPv6 and IPv4 with a port reduced to the plain address. */
function normalize(entry: string): string {
  let value = entry.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  if (withPort) value = withPort[1]!;
  if (value.startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value : `unparsed:${value.slice(0, 64)}`;
}

/**
 * The client's address as the deployment's trusted source states it. With N trusted hops the N-th
 * X-Forwarded-For entry from the right is the one our outermost proxy wrote; entries left of it are
 * the client's own claims and are never read. With fewer entries than hops, the leftmost one was
 * still written by one of our proxies.
 */
export function clientAddress(headers: HeaderBag, source: AddressSource): string {
  if (source.onVercel) {
    const real = header(headers, "x-real-ip") ?? header(headers, "x-vercel-forwarded-for")?.split(",")[0];
    return real ? normalize(real) : DIRECT_CLIENT;
  }
  if (source.trustedProxyHops) {
    const entries = (header(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const entry = entries[Math.max(0, entries.length - source.trustedProxyHops)];
    return entry ? normalize(entry) : DIRECT_CLIENT;
  }
  return DIRECT_CLIENT;
}
