"use client";

import { usePathname } from "next/navigation";

/**
 * The last segment of the URL path: the id in a detail route's not-found.tsx, which gets no params.
 * The only client part of those pages, so the not-found boundary (loaded with every detail page)
 * does not ship a second copy of the panel and its icons.
 */
export function PathId() {
  return decodeURIComponent(usePathname().split("/").at(-1) ?? "");
}
