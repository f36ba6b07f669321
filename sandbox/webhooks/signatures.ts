// The two signatures Recharge puts on webhook deliveries.
import { createHash, createHmac } from "node:crypto";

/** Legacy X-Recharge-Hmac-Sha256: hex SHA-256 (not an HMAC) of secret + raw body. */
export function legacySignature(secret: string, body: string): string {
  return createHash("sha256")
    .update(secret + body)
    .digest("hex");
}

/** X-Recharge-Webhook-Signature: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function timestampedSignature(secret: string, unixSeconds: number, body: string): string {
  const digest = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${digest}`;
}
