import { describe, expect, it } from "vitest";
import { setInMemoryDemoEnv } from "@/lib/env/test-env";

setInMemoryDemoEnv({ NEXTAUTH_URL: "https://ops.example.com" });

const { assertSameOrigin } = await import("./same-origin");

/** A POST as it reaches the app behind a proxy: its own URL is the internal one. */
const post = (headers: Record<string, string>) =>
  new Request("http://10.0.0.5:3000/api/charges/1/skip", { method: "POST", headers });

describe("assertSameOrigin", () => {
  it("accepts the dashboard's public origin (NEXTAUTH_URL), whatever URL the app itself sees", () => {
    expect(() => assertSameOrigin(post({ origin: "https://ops.example.com" }))).not.toThrow();
    expect(() =>
      assertSameOrigin(post({ origin: "https://ops.example.com", "sec-fetch-site": "same-origin" })),
    ).not.toThrow();
  });

  it("refuses an origin that only matches the Host or X-Forwarded-Host the sender wrote", () => {
    const forged: Record<string, string>[] = [
      { origin: "https://evil.example", host: "evil.example", "x-forwarded-proto": "https" },
      { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      { origin: "http://10.0.0.5:3000" },
    ];
    for (const headers of forged)
      expect(() => assertSameOrigin(post(headers)), JSON.stringify(headers)).toThrow(/Cross-site/);
  });

  it("refuses other sites, a null or missing origin, and a cross-site fetch", () => {
    const refused: Record<string, string>[] = [
      { origin: "http://ops.example.com" },
      { origin: "https://ops.example.com.evil.example" },
      { origin: "null" },
      {},
      { origin: "https://ops.example.com", "sec-fetch-site": "cross-site" },
    ];
    for (const headers of refused)
      expect(() => assertSameOrigin(post(headers)), JSON.stringify(headers)).toThrow(/Cross-site/);
  });
});
