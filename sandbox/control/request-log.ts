// What the sandbox received (API calls, not control-plane calls), newest last, for tests to assert on:
// e.g. that a mutation reached Recharge exactly once.
import { compilePathPattern } from "./path-pattern";

export interface LoggedRequest {
  request_id: string;
  time: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  duration_ms: number;
  token: string | null;
  /** The parsed JSON body of POST/PUT/DELETE (or the raw text when it was not JSON). */
  body: unknown;
  fault_id: number | null;
}

const CAPACITY = 10_000;

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > CAPACITY) this.entries = this.entries.slice(-CAPACITY / 2);
  }

  list(filter: { method?: string | null; path?: string | null }): LoggedRequest[] {
    const method = filter.method?.trim().toUpperCase() || null;
    const matches = filter.path?.trim() ? compilePathPattern(filter.path.trim()) : null;
    return this.entries.filter(
      (entry) => (!method || entry.method === method) && (!matches || matches(entry.path)),
    );
  }

  clear(): void {
    this.entries = [];
  }
}
