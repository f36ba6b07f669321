import "server-only";
import { ApiError } from "./errors";

/**
 * The request body as the exact bytes sent (signatures are computed over them), refused with 413 as
 * soon as it passes `maxBytes`: a declared Content-Length is checked first, then the stream is cut
 * off, so an oversized body is never held in memory whole.
 */
export async function readRawBody(request: Request, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new ApiError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} kB.`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
