import { describe, expect, it } from "vitest";
import { checkCsvFile } from "./check-csv-file";
import { findExistingIds, markMissingIds } from "./existing-ids";
import { rowsWithErrorsCsv, formatRowErrors } from "./row-errors";
import { templateCsv } from "./template-csv";
import { batchTypeDefinitions } from "./types";

function report(type: keyof typeof batchTypeDefinitions, text: string) {
  const result = checkCsvFile(type, text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("discount_create rows", () => {
  it("turns a row into the body the single create endpoint takes", () => {
    const result = report(
      "discount_create",
      "code,value_type,value,status,starts_at,ends_at,applies_to_purchase_item_type,max_subsequent_redemptions,one_application_per_customer\n" +
        "WINTER10,Percentage,10,enabled,2026-12-01,2027-01-31T23:59:59Z,subscription,3,yes\n",
    );
    expect(result.invalid).toEqual([]);
    expect(result.valid[0]?.body).toEqual({
      code: "WINTER10",
      value_type: "percentage",
      value: "10",
      status: "enabled",
      starts_at: "2026-12-01T00:00:00Z",
      ends_at: "2027-01-31T23:59:59Z",
      applies_to: { purchase_item_type: "SUBSCRIPTION" },
      usage_limits: { max_subsequent_redemptions: 3, one_application_per_customer: true },
    });
  });

  it("names the column and the reason for each bad cell", () => {
    const result = report(
      "discount_create",
      "code,value_type,value,ends_at,starts_at,max_subsequent_redemptions\n" +
        "HAS SPACE,percentage,10,,,\n" +
        "BIG,percentage,150,,,\n" +
        ",fixed_amount,5,,,\n" +
        "CENTS,fixed_amount,5.555,,,\n" +
        "TYPE,bogus,5,,,\n" +
        "DATES,percentage,5,2026-01-01,2026-02-01,\n" +
        "LIMIT,percentage,5,,,0\n",
    );
    expect(result.valid).toEqual([]);
    expect(Object.fromEntries(result.invalid.map((row) => [row.line, row.errors]))).toEqual({
      2: { code: ["must not contain spaces"] },
      3: { value: ["must be between 0 and 100"] },
      4: { code: ["is required"] },
      5: { value: ["must be a non-negative amount with at most two decimals"] },
      6: { value_type: ["must be one of: percentage, fixed_amount, shipping"] },
      7: { ends_at: ["must be after starts_at"] },
      8: { max_subsequent_redemptions: ["must be at least 1"] },
    });
  });

  it("names every problem of a row at once, in the preview and in the rows-to-fix file", () => {
    const result = report("discount_create", "code,value_type,value\n,percentage,abc\nTWO BAD,bogus,150\n");
    expect(result.invalid.map((row) => row.errors)).toEqual([
      { code: ["is required"], value: ["must be a non-negative amount with at most two decimals"] },
      {
        code: ["must not contain spaces"],
        value_type: ["must be one of: percentage, fixed_amount, shipping"],
      },
    ]);
    expect(formatRowErrors(result.invalid[0]!.errors)).toBe(
      "code: is required; value: must be a non-negative amount with at most two decimals",
    );
  });

  it("marks every row whose code repeats, whatever its case, with the other lines", () => {
    const result = report(
      "discount_create",
      "code,value_type,value\nSAME,percentage,5\nOTHER,percentage,5\nsame,percentage,5\n",
    );
    expect(result.valid.map((row) => row.line)).toEqual([3]);
    expect(result.invalid.map((row) => [row.line, row.errors])).toEqual([
      [2, { code: ["the same code is also on line 4"] }],
      [4, { code: ["the same code is also on line 2"] }],
    ]);
  });

  it("refuses a file without a required column, and says which", () => {
    const result = checkCsvFile("discount_create", "code,value\nA,1\n");
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("“value_type”") });
  });

  it("ignores unknown columns and says so, but not its own error column", () => {
    const result = report(
      "discount_create",
      "code,value_type,value,notes,error\nA,percentage,5,for vip,old error\n",
    );
    expect(result.ignoredColumns).toEqual(["notes"]);
    expect(result.valid[0]?.body).toEqual({ code: "A", value_type: "percentage", value: "5" });
  });

  it("marks rows with more or fewer values than the header", () => {
    const result = report("discount_create", "code,value_type,value\nA,percentage,5,extra\nB,percentage\n");
    expect(result.invalid.map((row) => row.errors)).toEqual([
      { row: ["has 4 values; the header has 3"] },
      { row: ["has 2 values; the header has 3"] },
    ]);
  });

  it("refuses more than 10,000 rows with a message that says what to do", () => {
    const rows = Array.from({ length: 10_001 }, (_, index) => `C${index},percentage,5`).join("\n");
    const result = checkCsvFile("discount_create", `code,value_type,value\n${rows}\n`);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("at most 10,000") });
  });

  it("refuses a header repeated column and a file with no rows", () => {
    expect(checkCsvFile("discount_create", "code,code,value_type,value\nA,A,percentage,1\n")).toMatchObject({
      ok: false,
    });
    expect(checkCsvFile("discount_create", "code,value_type,value\n")).toMatchObject({
      ok: false,
      message: "The file has a header but no rows.",
    });
  });

  it("refuses bytes that are not UTF-8", () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode("code,value_type,value\nCAF"),
      0xc9,
      0x0a,
    ]).buffer;
    expect(checkCsvFile("discount_create", bytes)).toMatchObject({
      ok: false,
      message: expect.stringContaining("UTF-8"),
    });
  });

  it("accepts its own template", () => {
    for (const definition of Object.values(batchTypeDefinitions)) {
      const result = report(definition.type, templateCsv(definition));
      expect(result.invalid, definition.type).toEqual([]);
      expect(result.valid).toHaveLength(definition.exampleRows.length);
    }
  });
});

describe("discount_update and discount_delete rows", () => {
  it("sends the id with the changed fields only", () => {
    const result = report("discount_update", "id,status,value\n12,disabled,\n13,,\n");
    expect(result.valid.map((row) => row.body)).toEqual([
      { discount_id: 12, changes: { status: "disabled" } },
    ]);
    expect(result.invalid[0]?.errors).toEqual({ row: ["fill at least one column to change besides id"] });
  });

  it("needs a real id, once per file", () => {
    const result = report("discount_delete", "id,code\n12,A\nabc,B\n12,C\n0,D\n");
    expect(result.valid).toEqual([]);
    expect(result.invalid.map((row) => row.errors.id)).toEqual([
      ["the same id is also on line 4"],
      ["must be a record id (a positive whole number)"],
      ["the same id is also on line 2"],
      ["must be a record id (a positive whole number)"],
    ]);
    expect(result.ignoredColumns).toEqual(["code"]);
  });

  it("moves rows naming an id Recharge does not have to the invalid ones, in file order", async () => {
    const result = report("discount_delete", "id\n1\n2\n3\nx\n");
    const asked: number[][] = [];
    const existing = await findExistingIds(
      result.valid.map((row) => row.body.discount_id as number),
      async (chunk) => (asked.push(chunk), chunk.filter((id) => id !== 2)),
    );
    expect(asked).toEqual([[1, 2, 3]]);
    const marked = markMissingIds(
      result.valid,
      result.invalid,
      batchTypeDefinitions.discount_delete.columns[0]!,
      existing,
      "discount",
    );
    expect(marked.valid.map((row) => row.line)).toEqual([2, 4]);
    expect(marked.invalid.map((row) => [row.line, row.errors])).toEqual([
      [3, { id: ["no discount has this id"] }],
      [5, { id: ["must be a record id (a positive whole number)"] }],
    ]);
  });

  it("asks about ids 250 at a time, each id once", async () => {
    const ids = Array.from({ length: 600 }, (_, index) => (index % 550) + 1);
    const sizes: number[] = [];
    await findExistingIds(ids, async (chunk) => (sizes.push(chunk.length), chunk));
    expect(sizes).toEqual([250, 250, 50]);
  });
});

describe("rows given back", () => {
  it("adds one error column and replaces an old one, so the file can be fixed and uploaded again", () => {
    const csv = rowsWithErrorsCsv(
      ["code", "error", "value"],
      [
        {
          cells: ["A", "old", "5"],
          error: formatRowErrors({ value: ["must be between 0 and 100"], row: ["x"] }),
        },
      ],
    );
    expect(csv).toBe("code,value,error\r\nA,5,value: must be between 0 and 100; x\r\n");
  });
});
