// How an export's end reads, in the dialog and in the audit log: one wording per outcome, written
// once, whichever part of the export (the walk, or the stream when the browser goes away) ends it.

/** 50,000 → "50,000": the figure people read in the UI and the audit log. */
const figure = (count: number) => count.toLocaleString("en-US");

export function cappedMessage(rows: number): string {
  return `Stopped at ${figure(rows)} rows: narrow the filters`;
}

export function timedOutMessage(rows: number, seconds: number): string {
  return `Stopped at ${figure(rows)} rows after ${Math.round(seconds)} s, the longest an export may run: narrow the filters`;
}

export function cancelledMessage(rows: number): string {
  return `Cancelled after ${figure(rows)} rows`;
}

/** `reason`: what went wrong, from the error (a Recharge read, or the stream itself). */
export function failedMessage(rows: number, reason: string): string {
  return `Stopped at ${figure(rows)} rows: ${reason}`;
}
