// Injected faults: a matching API request is answered with a chosen status/body, delayed, or has its
// connection dropped — `times` times (default: until cleared), each time with probability `rate`.
import { z } from "zod";
import { createRandom, type Random } from "../seed/prng";
import { compilePathPattern, type PathMatcher } from "./path-pattern";

export const faultInput = z
  .object({
    method: z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.enum(["GET", "POST", "PUT", "DELETE", "PATCH"]))
      .optional(),
    path: z.string({ error: "can't be blank" }).startsWith("/", "must start with /"),
    // Only requests whose query has these exact values match, so one test's fault on a shared list
    // path (say GET /charges?customer_id=…) leaves other tests' calls alone.
    query: z.record(z.string(), z.string()).optional(),
    status: z.number().int().min(200).max(599).optional(),
    body: z.json().optional(),
    headers: z.record(z.string(), z.string()).optional(),
    delay_ms: z.number().int().min(0).max(120_000).optional(),
    times: z.number().int().min(1).optional(),
    drop: z.boolean().optional(),
    rate: z.number().min(0).max(1).optional(),
  })
  .refine((fault) => fault.status !== undefined || fault.drop === true || fault.delay_ms !== undefined, {
    message: "a fault needs status, drop or delay_ms",
    path: ["_schema"],
  })
  .refine((fault) => !(fault.drop === true && fault.status !== undefined), {
    message: "drop and status cannot be combined",
    path: ["drop"],
  });

export type FaultInput = z.output<typeof faultInput>;

export interface Fault extends FaultInput {
  id: number;
  /** Requests this fault has answered so far. */
  hits: number;
}

export class FaultRegistry {
  private faults: { fault: Fault; matches: PathMatcher }[] = [];
  private lastId = 0;
  private random: Random;

  constructor(seed: number) {
    this.random = createRandom(seed ^ 0x5eed);
  }

  add(input: FaultInput): Fault {
    const fault: Fault = { ...input, id: ++this.lastId, hits: 0 };
    this.faults.push({ fault, matches: compilePathPattern(input.path) });
    return fault;
  }

  list(): Fault[] {
    return this.faults.map(({ fault }) => fault);
  }

  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter(({ fault }) => fault.id !== id);
    return this.faults.length < before;
  }

  clear(seed: number): void {
    this.faults = [];
    this.random = createRandom(seed ^ 0x5eed);
  }

  /** The first fault that fires for this request (the oldest wins); uses up one of its `times`. */
  take(method: string, path: string, query: URLSearchParams = new URLSearchParams()): Fault | null {
    for (const entry of this.faults) {
      const { fault } = entry;
      if ((fault.method && fault.method !== method) || !entry.matches(path)) continue;
      if (fault.query && !Object.entries(fault.query).every(([key, value]) => query.get(key) === value))
        continue;
      if (fault.rate !== undefined && this.random.next() >= fault.rate) continue;
      fault.hits += 1;
      if (fault.times !== undefined && fault.hits >= fault.times) this.remove(fault.id);
      return fault;
    }
    return null;
  }
}
