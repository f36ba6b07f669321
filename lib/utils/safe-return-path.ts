/**
 * A path to return to after sign-in, or "/" when the given one could lead off-site
 * (absolute URLs, protocol-relative `//host`, backslash tricks).
 */
export function safeReturnPath(value: string | string[] | undefined | null): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return "/";
  return path;
}
