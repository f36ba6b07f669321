import { describe, expect, it } from "vitest";
import {
  DEMO_NEXTAUTH_SECRET,
  SANDBOX_WEBHOOK_SECRET,
  isLoopbackUrl,
  parseServerEnv,
} from "./server-env.mjs";

const production = {
  NODE_ENV: "production",
  RECHARGE_API_TOKEN: "token",
  NEXTAUTH_SECRET: "x".repeat(40),
  NEXTAUTH_URL: "https://ops.example.com",
  DATABASE_URL: "postgres://user:pass@db.example.com/app",
  RECHARGE_WEBHOOK_SECRET: "client-secret-from-recharge",
};

describe("parseServerEnv", () => {
  it("accepts a complete production environment and applies the Recharge default URL", () => {
    const env = parseServerEnv(production);
    expect(env.RECHARGE_API_URL).toBe("https://api.rechargeapps.com");
    expect(env.DEMO_MODE).toBe(false);
  });

  it("names a missing RECHARGE_API_TOKEN", () => {
    expect(() => parseServerEnv({ ...production, RECHARGE_API_TOKEN: undefined })).toThrow(
      /RECHARGE_API_TOKEN is required/,
    );
  });

  it("names a malformed RECHARGE_API_URL", () => {
    expect(() => parseServerEnv({ ...production, RECHARGE_API_URL: "not a url" })).toThrow(
      /RECHARGE_API_URL must be an absolute URL/,
    );
  });

  it("lists every bad variable at once", () => {
    let message = "";
    try {
      parseServerEnv({ NODE_ENV: "production" });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ["RECHARGE_API_TOKEN", "NEXTAUTH_SECRET"]) expect(message).toContain(name);
  });

  it("requires NEXTAUTH_URL and DATABASE_URL in production", () => {
    expect(() => parseServerEnv({ ...production, NEXTAUTH_URL: "" })).toThrow(
      /NEXTAUTH_URL is required in production/,
    );
    expect(() => parseServerEnv({ ...production, DATABASE_URL: undefined })).toThrow(
      /DATABASE_URL is required/,
    );
  });

  it("requires https for NEXTAUTH_URL in production, except on loopback (the smoke run)", () => {
    expect(() => parseServerEnv({ ...production, NEXTAUTH_URL: "http://ops.example.com" })).toThrow(
      /NEXTAUTH_URL must use https in production/,
    );
    expect(parseServerEnv({ ...production, NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe(
      "http://localhost:3000",
    );
    expect(parseServerEnv({ ...production, NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBeTruthy();
    // Outside production (development, demo mode) http stays allowed.
    expect(
      parseServerEnv({ ...production, NODE_ENV: "development", NEXTAUTH_URL: "http://ops.internal" }),
    ).toBeTruthy();
  });

  it("reads TRUSTED_PROXY_HOPS as a small whole number and names a bad one", () => {
    expect(parseServerEnv(production).TRUSTED_PROXY_HOPS).toBeUndefined();
    expect(parseServerEnv({ ...production, TRUSTED_PROXY_HOPS: "" }).TRUSTED_PROXY_HOPS).toBeUndefined();
    expect(parseServerEnv({ ...production, TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["0", "-1", "1.5", "all", "11"])
      expect(() => parseServerEnv({ ...production, TRUSTED_PROXY_HOPS: bad }), bad).toThrow(
        /TRUSTED_PROXY_HOPS must/,
      );
    expect(parseServerEnv({ ...production, VERCEL: "1" }).VERCEL).toBe(true);
  });

  it("accepts legacy webhook signatures unless RECHARGE_WEBHOOK_LEGACY_SIGNATURES turns them off", () => {
    expect(parseServerEnv(production).RECHARGE_WEBHOOK_LEGACY_SIGNATURES).toBe(true);
    expect(
      parseServerEnv({ ...production, RECHARGE_WEBHOOK_LEGACY_SIGNATURES: "0" })
        .RECHARGE_WEBHOOK_LEGACY_SIGNATURES,
    ).toBe(false);
    expect(
      parseServerEnv({ ...production, RECHARGE_WEBHOOK_LEGACY_SIGNATURES: "false" })
        .RECHARGE_WEBHOOK_LEGACY_SIGNATURES,
    ).toBe(false);
    expect(() => parseServerEnv({ ...production, RECHARGE_WEBHOOK_LEGACY_SIGNATURES: "off" })).toThrow(
      /RECHARGE_WEBHOOK_LEGACY_SIGNATURES must be 1\/true or 0\/false/,
    );
  });

  it("refuses a Recharge URL over plain http unless it is on loopback", () => {
    expect(() => parseServerEnv({ ...production, RECHARGE_API_URL: "http://api.rechargeapps.com" })).toThrow(
      /RECHARGE_API_URL must use https/,
    );
    expect(
      parseServerEnv({ ...production, RECHARGE_API_URL: "http://127.0.0.1:4010" }).RECHARGE_API_URL,
    ).toBe("http://127.0.0.1:4010");
    expect(parseServerEnv({ ...production, RECHARGE_API_URL: "https://sandbox.example.com" })).toBeTruthy();
  });

  it("refuses the demo secret and short secrets outside demo mode", () => {
    expect(() => parseServerEnv({ ...production, NEXTAUTH_SECRET: DEMO_NEXTAUTH_SECRET })).toThrow(
      /demo default/,
    );
    expect(() => parseServerEnv({ ...production, NEXTAUTH_SECRET: "short" })).toThrow(/at least 32/);
  });

  it("requires a real RECHARGE_WEBHOOK_SECRET in production and never echoes it", () => {
    expect(() => parseServerEnv({ ...production, RECHARGE_WEBHOOK_SECRET: "" })).toThrow(
      /RECHARGE_WEBHOOK_SECRET is required in production/,
    );
    let message = "";
    try {
      parseServerEnv({ ...production, RECHARGE_WEBHOOK_SECRET: SANDBOX_WEBHOOK_SECRET });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/RECHARGE_WEBHOOK_SECRET is the sandbox's secret/);
    expect(message).not.toContain(SANDBOX_WEBHOOK_SECRET);
    expect(parseServerEnv(production).RECHARGE_WEBHOOK_SECRET).toBe("client-secret-from-recharge");
  });

  it("refuses a DATABASE_URL that is not Postgres", () => {
    expect(() => parseServerEnv({ ...production, DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must be a postgres/,
    );
  });

  it("allows demo mode against a loopback sandbox with default dev secrets", () => {
    const env = parseServerEnv({
      DEMO_MODE: "1",
      RECHARGE_API_URL: "http://127.0.0.1:4010",
      RECHARGE_API_TOKEN: "t",
    });
    expect(env.DEMO_MODE).toBe(true);
    expect(env.NEXTAUTH_SECRET).toBe(DEMO_NEXTAUTH_SECRET);
    expect(env.NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(env.RECHARGE_WEBHOOK_SECRET).toBe(SANDBOX_WEBHOOK_SECRET);
  });

  it("refuses demo mode with a DATABASE_URL, so a production deployment never runs it", () => {
    let message = "";
    try {
      parseServerEnv({ ...production, RECHARGE_API_URL: "http://127.0.0.1:4010", DEMO_MODE: "1" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DEMO_MODE is not allowed with DATABASE_URL/);
    expect(message).not.toContain(production.DATABASE_URL);
    expect(() =>
      parseServerEnv({
        DEMO_MODE: "1",
        RECHARGE_API_URL: "http://127.0.0.1:4010",
        RECHARGE_API_TOKEN: "t",
        DATABASE_URL: "postgres://localhost/dev",
      }),
    ).toThrow(/DEMO_MODE is not allowed with DATABASE_URL/);
  });

  it("refuses demo mode when Recharge is not a loopback sandbox", () => {
    expect(() => parseServerEnv({ ...production, DEMO_MODE: "1" })).toThrow(/DEMO_MODE is only allowed/);
    expect(() =>
      parseServerEnv({ DEMO_MODE: "1", RECHARGE_API_URL: "http://10.0.0.5:4010", RECHARGE_API_TOKEN: "t" }),
    ).toThrow(/DEMO_MODE/);
  });
});

describe("isLoopbackUrl", () => {
  it.each([
    ["http://127.0.0.1:4010", true],
    ["http://localhost:4010", true],
    ["http://[::1]:4010", true],
    ["https://api.rechargeapps.com", false],
    ["http://127.0.0.1.evil.example", false],
    ["garbage", false],
  ])("%s → %s", (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
