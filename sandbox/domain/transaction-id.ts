// The payment processor's id of a payment (`external_transaction_id.payment_processor`, E1
// ExternalTransactionId): a Stripe-style charge id, derived from a number so seeds stay reproducible.

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** "ch_3…" + 24 base-62 characters, the same for the same `key`. */
export function transactionIdFor(key: number): string {
  let state = (key ^ 0x5bd1e995) >>> 0 || 1;
  // One string per id (70,000 of them at scale 10), built from char codes rather than by appending.
  const codes = new Array<number>(24);
  for (let i = 0; i < 24; i++) {
    // xorshift32: cheap and well spread; this only has to look like a processor's id.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    codes[i] = ALPHABET.charCodeAt(state % ALPHABET.length);
  }
  return `ch_3${String.fromCharCode(...codes)}`;
}
