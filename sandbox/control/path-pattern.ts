// Path patterns for faults and the request log: segment-wise, `*` matches exactly one segment, `**`
// any number of segments (none included); anything else must be equal. The query string is ignored.
import { splitPath } from "../http/router";

export type PathMatcher = (path: string) => boolean;

export function compilePathPattern(pattern: string): PathMatcher {
  const parts = splitPath(pattern.split("?")[0] ?? "");
  const match = (pi: number, segments: readonly string[], si: number): boolean => {
    if (pi === parts.length) return si === segments.length;
    const part = parts[pi] as string;
    if (part === "**") {
      for (let skip = si; skip <= segments.length; skip++) if (match(pi + 1, segments, skip)) return true;
      return false;
    }
    if (si === segments.length) return false;
    return (part === "*" || part === segments[si]) && match(pi + 1, segments, si + 1);
  };
  return (path) => match(0, splitPath(path), 0);
}
