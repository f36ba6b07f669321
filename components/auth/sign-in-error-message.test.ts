import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "./sign-in-error-message";

describe("signInErrorMessage", () => {
  it("says how many minutes a lock has left", () => {
    expect(signInErrorMessage("RateLimited:15")).toBe("Too many attempts, try again in 15 minutes.");
    expect(signInErrorMessage("RateLimited:1")).toBe("Too many attempts, try again in 1 minute.");
    expect(signInErrorMessage("RateLimited:240")).toBe("Too many attempts, try again in 240 minutes.");
  });

  it("says nothing about whether the account exists", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe("Wrong email or password.");
    expect(signInErrorMessage("RateLimited:15")).not.toMatch(/account|exist|unknown/i);
  });

  it("falls back to a general message for codes it does not know", () => {
    expect(signInErrorMessage("RateLimited:abc")).toBe("Sign-in failed. Try again.");
    expect(signInErrorMessage(undefined)).toBe("Sign-in failed. Try again.");
  });
});
