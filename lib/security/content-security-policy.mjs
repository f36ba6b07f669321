// The Content-Security-Policy for pages (with a per-request nonce) and for everything else.
// Plain ESM so next.config.mjs and proxy.ts share it.

/**
 * For HTML pages: scripts only from us and only with this response's nonce.
 * @param {string} nonce
 * @param {{ dev: boolean, https: boolean }} options
 */
export function pagePolicy(nonce, options) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Radix positions popovers with inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The batch CSV check runs in a Web Worker served from our origin.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For JSON, scripts and files: nothing may be loaded or framed. */
export const lockedDownPolicy =
  "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * For our own built files. Browsers ignore a script's CSP header, except when the script is a Web
 * Worker: then it is the worker's policy, and the batch CSV worker must load its other chunks from
 * us (importScripts). Nothing else: no network, no eval, no frames.
 */
export const staticFilesPolicy =
  "default-src 'none'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
