import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CursorCodec, cursorKey, type CursorPayload } from "./cursor";

const codec = new CursorCodec(cursorKey(Buffer.from("secret"), 1, 1));
const payloadArbitrary: fc.Arbitrary<CursorPayload> = fc.record(
  {
    resource: fc.constantFrom("charges", "customers", "async_batch_tasks:12"),
    sort: fc.constantFrom("id", "created_at"),
    order: fc.constantFrom("asc", "desc"),
    filters: fc.dictionary(fc.constantFrom("status", "customer_id", "created_at_min"), fc.string()),
    value: fc.oneof(fc.integer(), fc.string()),
    id: fc.integer({ min: 1 }),
    direction: fc.constantFrom("next", "prev"),
    include: fc.constantFrom("address", "address,customer", "subscriptions"),
  },
  { requiredKeys: ["resource", "sort", "order", "filters", "value", "id", "direction"] },
);

describe("CursorCodec", () => {
  it("decodes what it encodes", () => {
    fc.assert(
      fc.property(payloadArbitrary, (payload) => {
        expect(codec.decode(codec.encode(payload))).toEqual(payload);
      }),
    );
  });

  it("refuses any modified cursor (or, for a change in padding bits only, reads the same payload)", () => {
    fc.assert(
      fc.property(
        payloadArbitrary,
        fc.nat(),
        fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
        (payload, at, char) => {
          const token = codec.encode(payload);
          const index = at % token.length;
          const forged = token.slice(0, index) + char + token.slice(index + 1);
          const decoded = codec.decode(forged);
          if (decoded !== null) expect(decoded).toEqual(payload);
        },
      ),
    );
  });

  it("refuses a cursor signed with another key", () => {
    const other = new CursorCodec(cursorKey(Buffer.from("secret"), 2, 1));
    fc.assert(
      fc.property(payloadArbitrary, (payload) => {
        expect(codec.decode(other.encode(payload))).toBeNull();
      }),
    );
  });
});
