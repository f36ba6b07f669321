// Cursors: unpadded base64url JSON naming the list (resource, sort, filters, include), the position (last
// sort value and id) and the direction, with an HMAC tag so that a modified or foreign cursor is refused.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export type SortOrder = "asc" | "desc";
export type CursorDirection = "next" | "prev";

export interface CursorPayload {
  resource: string;
  sort: string;
  order: SortOrder;
  filters: Readonly<Record<string, string>>;
  value: string | number;
  id: number;
  direction: CursorDirection;
  /** The first page's `include=` (canonical), carried so that later pages include the same. */
  include?: string;
}

const wireSchema = z.strictObject({
  r: z.string(),
  s: z.string(),
  o: z.enum(["asc", "desc"]),
  f: z.record(z.string(), z.string()),
  k: z.union([z.string(), z.number()]),
  i: z.number().int(),
  d: z.enum(["n", "p"]),
  n: z.string().optional(),
  t: z.string(),
});

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{1,4096}$/;

export class CursorCodec {
  constructor(private readonly key: Buffer) {}

  encode(payload: CursorPayload): string {
    const body = this.body(payload);
    return Buffer.from(JSON.stringify({ ...body, t: this.tag(body) })).toString("base64url");
  }

  /** The payload, or null for anything this sandbox did not issue unchanged. */
  decode(token: string): CursorPayload | null {
    if (!TOKEN_PATTERN.test(token)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    } catch {
      return null;
    }
    const wire = wireSchema.safeParse(parsed);
    if (!wire.success) return null;
    const payload: CursorPayload = {
      resource: wire.data.r,
      sort: wire.data.s,
      order: wire.data.o,
      filters: wire.data.f,
      value: wire.data.k,
      id: wire.data.i,
      direction: wire.data.d === "n" ? "next" : "prev",
      ...(wire.data.n === undefined ? {} : { include: wire.data.n }),
    };
    const expected = Buffer.from(this.tag(this.body(payload)));
    const given = Buffer.from(wire.data.t);
    return expected.length === given.length && timingSafeEqual(expected, given) ? payload : null;
  }

  /** The signed part, with filters in a fixed key order so re-encoding is byte-identical. */
  private body(payload: CursorPayload) {
    const filters: Record<string, string> = {};
    for (const name of Object.keys(payload.filters).sort()) filters[name] = payload.filters[name] as string;
    return {
      r: payload.resource,
      s: payload.sort,
      o: payload.order,
      f: filters,
      k: payload.value,
      i: payload.id,
      d: payload.direction === "next" ? "n" : "p",
      // Only when there is one, so that cursors without include stay as they were.
      ...(payload.include ? { n: payload.include } : {}),
    };
  }

  private tag(body: object): string {
    return createHmac("sha256", this.key)
      .update(JSON.stringify(body))
      .digest()
      .subarray(0, 16)
      .toString("base64url");
  }
}

/** One key per sandbox instance and seed: cursors of another instance or another seed are foreign. */
export function cursorKey(instanceSecret: Buffer, seed: number, scale: number): Buffer {
  return createHmac("sha256", instanceSecret).update(`cursor:${seed}:${scale}`).digest();
}
