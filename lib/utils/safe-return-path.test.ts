import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

// Each of these, handed to router.replace() or a Location header, would leave the dashboard.
const bypasses = [
  "//evil.com",
  "/\\evil.com",
  "/%09/evil.com",
  "/%2F/evil.com",
  "/%2f/evil.com",
  "/%5Cevil.com",
  "/%252F/evil.com",
  "https:evil.com",
  "https://evil.com/",
  "javascript:alert(1)",
  "/\t/evil.com",
  "/\n/evil.com",
  "/\r//evil.com",
  "%2F%2Fevil.com",
  "/.//evil.com",
  "/..//evil.com",
  "/%00/evil.com",
  "/%E0%A4%A",
  "",
  "charges",
];

describe("safeReturnPath", () => {
  it.each(bypasses)("refuses %j and returns to /", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it.each([
    ["/charges?status=queued", "/charges?status=queued"],
    ["/", "/"],
    ["/customers/42#subscriptions", "/customers/42#subscriptions"],
    ["/customers?email=a%2Bb%40example.com", "/customers?email=a%2Bb%40example.com"],
    ["/batches/new?retry=12", "/batches/new?retry=12"],
  ])("keeps the on-site path %j", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it("takes the first of repeated callbackUrl parameters", () => {
    expect(safeReturnPath(["/charges", "//evil.com"])).toBe("/charges");
    expect(safeReturnPath(["/%09/evil.com", "/charges"])).toBe("/");
  });
});
