// Matches a method and path against route patterns (`/charges/:id/skip`, `:id` = digits). Tells a
// path no route knows (404) from a known path asked with the wrong method (405).

export interface RoutePattern {
  method: string;
  path: string;
}

export type RouteMatch<R> =
  { kind: "found"; route: R; params: number[] } | { kind: "method"; allowed: string[] } | { kind: "none" };

interface Compiled<R> {
  route: R;
  segments: readonly string[];
}

export function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

export class Router<R extends RoutePattern> {
  private readonly compiled: Compiled<R>[];

  constructor(routes: readonly R[]) {
    this.compiled = routes.map((route) => ({ route, segments: splitPath(route.path) }));
  }

  match(method: string, path: string): RouteMatch<R> {
    const segments = splitPath(path);
    const allowed: string[] = [];
    for (const { route, segments: pattern } of this.compiled) {
      const params = matchSegments(pattern, segments);
      if (!params) continue;
      if (route.method === method) return { kind: "found", route, params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: "method", allowed } : { kind: "none" };
  }
}

function matchSegments(pattern: readonly string[], segments: readonly string[]): number[] | null {
  if (pattern.length !== segments.length) return null;
  const params: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    const actual = segments[i] as string;
    if (expected === ":id") {
      if (!/^\d{1,15}$/.test(actual)) return null;
      params.push(Number(actual));
    } else if (expected !== actual) return null;
  }
  return params;
}
