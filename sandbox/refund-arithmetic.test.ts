// Refunds, as a property: for any sequence of amounts, accepted refunds add up in total_refunds,
// never beyond total_price, and the status follows (partially_refunded → refunded).
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Charge } from "./store/charge-types";
import type { Customer } from "./store/types";
import { cents, listAll, startTestSandbox, type TestSandbox } from "./test-support";

let t: TestSandbox;
let queued: Charge[];
beforeAll(async () => {
  t = await startTestSandbox({ scale: 0.2 });
  const customers = await listAll<Customer>(t, "customers");
  const declining = new Set(customers.filter((c) => c.has_payment_method_in_dunning).map((c) => c.id));
  queued = (await listAll<Charge>(t, "charges", "status=queued")).filter(
    (c) => !declining.has(c.customer.id),
  );
});
afterAll(() => t.close());

const amount = fc.oneof(
  fc.integer({ min: 1, max: 6_000 }).map((c) => (c / 100).toFixed(2)),
  fc.integer({ min: 1, max: 60 }).map(String),
  fc.constantFrom("0", "0.00", "-5", "1.001", "abc", "1e2"),
);

it("accepted refunds sum to total_refunds, which never exceeds total_price", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(amount, { minLength: 1, maxLength: 6 }), async (amounts) => {
      const target = queued.pop()!;
      const paid = (await t.api<{ charge: Charge }>("POST", `/charges/${target.id}/process`, { body: {} }))
        .body.charge;
      const total = cents(paid.total_price);
      let refunded = 0;
      for (const value of amounts) {
        const res = await t.api<{ charge: Charge }>("POST", `/charges/${paid.id}/refund`, {
          body: { amount: value },
        });
        const wanted = /^\d+(\.\d{1,2})?$/.test(value) ? cents(value) : NaN;
        const acceptable = refunded < total && wanted > 0 && refunded + wanted <= total;
        expect(res.status).toBe(acceptable ? 200 : 422);
        if (acceptable) refunded += wanted;
        if (res.status === 200) {
          expect(cents(res.body.charge.total_refunds)).toBe(refunded);
          expect(res.body.charge.status).toBe(refunded === total ? "refunded" : "partially_refunded");
        }
      }
    }),
    { numRuns: 30 },
  );
});
