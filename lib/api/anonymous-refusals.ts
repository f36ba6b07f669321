import "server-only";

/**
 * Counts mutation requests refused because nobody was signed in. They are not audited (anyone on the
 * internet could otherwise fill the append-only audit log); instead this instance logs one line with
 * the count per action, at most once per `everyMs`. No body, header or address is logged. Counts that
 * arrive after the last line wait for the next refusal to be reported.
 */
export function createRefusalCounter(options: { everyMs: number; log: (line: string) => void }) {
  const byAction = new Map<string, number>();
  let lastLoggedAt = Number.NEGATIVE_INFINITY;
  let since = 0;

  return function noteRefusal(action: string, now = Date.now()): void {
    if (byAction.size === 0) since = now;
    byAction.set(action, (byAction.get(action) ?? 0) + 1);
    if (now - lastLoggedAt < options.everyMs) return;
    const total = [...byAction.values()].reduce((sum, count) => sum + count, 0);
    const actions = [...byAction].map(([name, count]) => `${name} ×${count}`).join(", ");
    options.log(
      `Refused ${total} signed-out mutation request(s) since ${new Date(since).toISOString()} (not audited): ${actions}`,
    );
    byAction.clear();
    lastLoggedAt = now;
  };
}

// One counter per process (globalThis): every route bundle carries its own copy of this module.
const holder = globalThis as typeof globalThis & {
  __anonymousRefusals?: ReturnType<typeof createRefusalCounter>;
};
export const noteAnonymousRefusal = (holder.__anonymousRefusals ??= createRefusalCounter({
  everyMs: 60_000,
  log: (line) => console.warn(line),
}));
