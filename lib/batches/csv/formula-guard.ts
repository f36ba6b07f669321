// CSV injection: a cell a spreadsheet would run as a formula gets a leading apostrophe, which makes
// Excel, Sheets and Numbers show it as text. OWASP's list of starts: = + - @, tab and carriage
// return. A plain negative number ("-5", "-5.50") is a value people type and stays as it is.

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

function startsLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NEGATIVE_NUMBER.test(value);
}

// Apostrophes already in front count as part of the guard's reach: "'=x" is written as "''=x", so
// reading undoes exactly one and every cell survives the round trip unchanged.
const withoutApostrophes = (value: string) => value.replace(/^'+/, "");

/** The cell as written to a CSV file: guarded when a spreadsheet would run it. */
export function guardFormula(value: string): string {
  return startsLikeFormula(withoutApostrophes(value)) ? `'${value}` : value;
}

/**
 * The cell as read back from a file we (or a spreadsheet saving our file) wrote: the guard's
 * apostrophe is dropped, so "download rows, fix, upload as it is" sends the original value.
 */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && startsLikeFormula(withoutApostrophes(value)) ? value.slice(1) : value;
}
