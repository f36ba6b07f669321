// Turning one CSV cell (always text) into the JSON value a Recharge body holds. Each converter says
// what it expected in words an operator can act on; the zod schema of the body then checks the rest.

export type Converted = { ok: true; value: unknown } | { ok: false; message: string };
export type CellConverter = (cell: string) => Converted;

const ok = (value: unknown): Converted => ({ ok: true, value });
const fail = (message: string): Converted => ({ ok: false, message });

export const text: CellConverter = (cell) => ok(cell.trim());

/** Money stays a decimal string, as Recharge takes it ("10", "10.5", "10.50"). */
export const money: CellConverter = (cell) => ok(cell.trim());

/** Enum values are matched without regard to case ("Percentage" → "percentage"). */
export function oneOf(values: readonly string[]): CellConverter {
  return (cell) => {
    const wanted = cell.trim().toLowerCase();
    const match = values.find((value) => value.toLowerCase() === wanted);
    return match ? ok(match) : fail(`must be one of: ${values.join(", ")}`);
  };
}

export const integer: CellConverter = (cell) =>
  /^\d+$/.test(cell.trim()) ? ok(Number(cell.trim())) : fail("must be a whole number");

/** A Recharge id: a positive whole number. */
export const recordId: CellConverter = (cell) => {
  const trimmed = cell.trim();
  return /^[1-9]\d{0,15}$/.test(trimmed)
    ? ok(Number(trimmed))
    : fail("must be a record id (a positive whole number)");
};

const truthy = new Set(["true", "yes", "y", "1"]);
const falsy = new Set(["false", "no", "n", "0"]);
export const yesNo: CellConverter = (cell) => {
  const value = cell.trim().toLowerCase();
  if (truthy.has(value)) return ok(true);
  if (falsy.has(value)) return ok(false);
  return fail("must be true or false");
};

/** A timestamp, or a plain date meaning midnight UTC of that day (what people type in a sheet). */
export const timestamp: CellConverter = (cell) => {
  const value = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return ok(`${value}T00:00:00Z`);
  return ok(value);
};
