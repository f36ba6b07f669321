import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { serverEnv } from "@/lib/env/server-env.mjs";
import { ApiError } from "./errors";

// Cursors for the lists the app pages itself (audit log): opaque, tamper-evident, and carrying their
// filters, like Recharge's (a changed cursor is a 422, never a 500 or someone else's page).

function sign(payload: string): string {
  return createHmac("sha256", `cursor:${serverEnv().NEXTAUTH_SECRET}`).update(payload).digest("base64url");
}

export function encodeCursor(value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor(cursor: string): unknown {
  const [payload, tag] = cursor.split(".");
  const invalid = new ApiError("validation_failed", "The page cursor is invalid.", {
    cursor: ["Invalid value"],
  });
  if (!payload || !tag) throw invalid;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(tag);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
  } catch {
    throw invalid;
  }
}
