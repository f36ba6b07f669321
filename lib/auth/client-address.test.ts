import { describe, expect, it } from "vitest";
import { DIRECT_CLIENT, clientAddress } from "./client-address";

const local = { onVercel: false, trustedProxyHops: undefined };
const behind = (hops: number) => ({ onVercel: false, trustedProxyHops: hops });
const vercel = { onVercel: true, trustedProxyHops: undefined };

describe("clientAddress", () => {
  it("believes no forwarded header without a trusted proxy: every guess shares one key", () => {
    for (const spoofed of ["1.1.1.1", "2.2.2.2, 3.3.3.3", "::1"])
      expect(clientAddress({ "x-forwarded-for": spoofed, "x-real-ip": spoofed }, local)).toBe(DIRECT_CLIENT);
    expect(clientAddress(undefined, local)).toBe(DIRECT_CLIENT);
  });

  it("behind one proxy reads the entry that proxy appended, ignoring what the client wrote left of it", () => {
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 203.0.113.7" }, behind(1))).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "7.7.7.7,8.8.8.8, 203.0.113.7" }, behind(1))).toBe(
      "203.0.113.7",
    );
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, behind(1))).toBe("203.0.113.7");
  });

  it("behind two proxies counts two entries from the right", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" };
    expect(clientAddress(headers, behind(2))).toBe("203.0.113.7");
    // Fewer entries than hops: the leftmost was still written by one of our proxies.
    expect(clientAddress({ "x-forwarded-for": "203.0.113.7" }, behind(2))).toBe("203.0.113.7");
    expect(clientAddress({}, behind(2))).toBe(DIRECT_CLIENT);
  });

  it("on Vercel reads the platform's x-real-ip, not the client's X-Forwarded-For", () => {
    const headers = { "x-forwarded-for": "6.6.6.6", "x-real-ip": "198.51.100.4" };
    expect(clientAddress(headers, vercel)).toBe("198.51.100.4");
    expect(clientAddress({ "x-vercel-forwarded-for": "198.51.100.5" }, vercel)).toBe("198.51.100.5");
  });

  it("reduces one address written several ways to one key", () => {
    for (const written of ["203.0.113.7", "::ffff:203.0.113.7", "203.0.113.7:51234", " 203.0.113.7 "])
      expect(clientAddress({ "x-forwarded-for": written }, behind(1))).toBe("203.0.113.7");
    expect(clientAddress({ "x-forwarded-for": "[2001:DB8::1]:443" }, behind(1))).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "not an address" }, behind(1))).toBe("unparsed:not an address");
  });
});
