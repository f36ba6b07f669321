// The BFF's error envelope, as the browser sees it. One class so every screen reads failures alike.

export type ApiFieldErrors = Record<string, string[]>;

export class ApiClientError extends Error {
  override readonly name = "ApiClientError";
  constructor(
    /** HTTP status, or 0 when no answer arrived (network failure: the outcome of a mutation is unknown). */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: ApiFieldErrors,
    readonly requestId?: string,
  ) {
    super(message);
  }

  /** True when the request may or may not have been applied: say so, offer to re-check, never resend. */
  get outcomeUnknown(): boolean {
    return this.status === 0 || (this.status === 503 && /did not confirm/.test(this.message));
  }
}

/** What an operator reads for any failure. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof ApiClientError) {
    if (error.status === 0) return "The server could not be reached. Check your connection and try again.";
    return error.message;
  }
  return "Something went wrong. Try again.";
}
