import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonResponse } from "./respond";

/** What Response.json answers: the reference jsonResponse must equal byte for byte. */
const reference = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

async function expectSameAnswer(body: unknown, status?: number) {
  const [ours, theirs] = [jsonResponse(body, status), reference(body, status)];
  expect(ours.status).toBe(theirs.status);
  expect([...ours.headers]).toEqual([...theirs.headers]);
  expect(new Uint8Array(await ours.arrayBuffer())).toEqual(new Uint8Array(await theirs.arrayBuffer()));
}

describe("jsonResponse", () => {
  it("answers the bytes and headers Response.json answers, with Cache-Control: no-store", async () => {
    await expectSameAnswer({
      data: [{ id: 1, note: "Grüße — 日本 🎉", total_price: "25.54" }],
      nextCursor: null,
    });
    await expectSameAnswer({ error: { code: "not_found", message: "No record has that id." } }, 404);
    // Lone surrogates, control characters and escapes: JSON.stringify escapes them before encoding.
    await expectSameAnswer({ odd: '\ud800 \udfff \u0000 \n " \\ </script>' });
    await expectSameAnswer([]);
    await expectSameAnswer(null);
    expect(jsonResponse({ data: 1 }).headers.get("cache-control")).toBe("no-store");
  });

  it("answers Response.json's bytes for any JSON value, any Unicode (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ stringUnit: "binary" }), (body) => expectSameAnswer(body)),
      { numRuns: 300 },
    );
  });

  it("refuses a value JSON cannot carry, as Response.json does", () => {
    expect(() => reference(undefined)).toThrow(TypeError);
    expect(() => jsonResponse(undefined)).toThrow(TypeError);
  });
});
