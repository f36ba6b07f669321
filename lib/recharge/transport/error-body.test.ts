import "server-only";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeErrorBody } from "./error-body";

describe("normalizeErrorBody", () => {
  it.each([
    ["string under errors", { errors: "Not Found" }, "Not Found", {}],
    ["string under error", { error: "bad authentication" }, "bad authentication", {}],
    [
      "field map with arrays",
      { errors: { limit: ["must be between 1 and 250"] } },
      "limit: must be between 1 and 250",
      { limit: ["must be between 1 and 250"] },
    ],
    [
      "field map with strings",
      { errors: { date: "is invalid" } },
      "date: is invalid",
      { date: ["is invalid"] },
    ],
    [
      "nested maps flattened to dotted paths",
      { errors: { billing_address: { zip: ["is invalid"], country: { code: "unknown" } } } },
      "billing_address.zip: is invalid; billing_address.country.code: unknown",
      { "billing_address.zip": ["is invalid"], "billing_address.country.code": ["unknown"] },
    ],
    [
      "top-level _schema becomes the message",
      { errors: { _schema: ["Invalid input"] } },
      "Invalid input",
      {},
    ],
    [
      "nested _schema belongs to its parent path",
      { errors: { shipping_address: { _schema: ["is required"] } } },
      "shipping_address: is required",
      { shipping_address: ["is required"] },
    ],
    [
      "arrays of objects get indexed paths",
      { errors: { line_items: [{ quantity: ["must be > 0"] }] } },
      "line_items.0.quantity: must be > 0",
      { "line_items.0.quantity": ["must be > 0"] },
    ],
    [
      "409 route lock",
      { error: "A call to this route is already in progress." },
      "A call to this route is already in progress.",
      {},
    ],
    ["plain-text body", "Service Unavailable", "Service Unavailable", {}],
    ["HTML body is not a message", "<html><body>502 Bad Gateway</body></html>", null, {}],
    ["empty object", {}, null, {}],
  ])("reads %s", (_name, body, message, fieldErrors) => {
    expect(normalizeErrorBody(body)).toEqual({ message, fieldErrors });
  });

  it("keeps a general message and field errors side by side", () => {
    const result = normalizeErrorBody({ errors: { _schema: ["Bad body"], code: ["is taken"] } });
    expect(result).toEqual({ message: "Bad body", fieldErrors: { code: ["is taken"] } });
  });

  it("stores a __proto__ field as data instead of polluting the prototype", () => {
    const result = normalizeErrorBody(JSON.parse('{"errors":{"__proto__":["x"]}}'));
    expect(Object.getPrototypeOf(result.fieldErrors)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(result.fieldErrors, "__proto__")).toBe(true);
  });

  it("never throws and always yields string arrays, whatever JSON arrives", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), fc.record({ errors: fc.jsonValue() }), fc.record({ error: fc.jsonValue() })),
        (body) => {
          const { message, fieldErrors } = normalizeErrorBody(body);
          expect(message === null || (typeof message === "string" && message.length <= 300)).toBe(true);
          for (const messages of Object.values(fieldErrors)) {
            expect(messages.every((entry) => typeof entry === "string")).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
