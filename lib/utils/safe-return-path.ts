// Stands in for the dashboard's own origin: only whether a value stays on it matters, not its name.
const BASE = "https://dashboard.invalid";

// C0 controls and DEL: browsers drop tabs and newlines from URLs, so `/\t/evil.com` is `//evil.com`.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Decodes %XX escapes until nothing changes (a few rounds at most), or null when malformed. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * A path on this site to return to after sign-in, or "/" for anything that could lead elsewhere. The
 * value is resolved the way a browser would resolve it against our origin and must stay on it; on
 * top, anything holding a control character or a backslash — raw or percent-encoded, at any depth —
 * or starting with `//` once decoded is refused: each is a way browsers or routers turn a path into
 * another host (`/\evil.com`, `/%09/evil.com`, `/%2F/evil.com`).
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || raw.length > 2000 || !raw.startsWith("/")) return "/";
  const decoded = fullyDecoded(raw);
  if (decoded === null || CONTROL.test(decoded) || decoded.includes("\\") || decoded.startsWith("//"))
    return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "/";
  }
  // Dot segments can collapse into a new `//` (`/.//evil.com` resolves to the path `//evil.com`).
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === BASE && !path.startsWith("//") ? path : "/";
}
