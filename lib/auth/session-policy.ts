// Session lifetimes in one place: the JWT callback enforces them, tests read them.
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

/** Whether a session that started at `signedInAt` (epoch seconds) has outlived its absolute limit. */
export function isPastAbsoluteLimit(signedInAt: number, now = Date.now() / 1000): boolean {
  return now - signedInAt > SESSION_ABSOLUTE_SECONDS;
}
