import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCsvBytes, parseCsv } from "./parse-csv";
import { toCsv } from "./write-csv";

function parsed(text: string) {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("parseCsv", () => {
  it("reads a header and rows", () => {
    const result = parsed("code,value\nSPRING,10\nSUMMER,15\n");
    expect(result.header).toEqual(["code", "value"]);
    expect(result.records).toEqual([
      { line: 2, cells: ["SPRING", "10"] },
      { line: 3, cells: ["SUMMER", "15"] },
    ]);
  });

  it("drops a UTF-8 byte-order mark so the first column keeps its name", () => {
    expect(parsed("\uFEFFcode,value\r\nA,1\r\n").header).toEqual(["code", "value"]);
  });

  it("accepts CRLF, LF and lone CR line ends alike", () => {
    for (const end of ["\r\n", "\n", "\r"]) {
      expect(parsed(`code${end}A${end}B`).records.map((record) => record.cells[0])).toEqual(["A", "B"]);
    }
  });

  it("keeps commas, doubled quotes and line breaks inside quoted values", () => {
    const result = parsed('code,note\n"A,1","say ""hi"""\n"B","two\r\nlines"\nC,x\n');
    expect(result.records.map((record) => record.cells)).toEqual([
      ["A,1", 'say "hi"'],
      ["B", "two\r\nlines"],
      ["C", "x"],
    ]);
    // Line numbers count the physical lines, as a spreadsheet or editor shows them.
    expect(result.records.map((record) => record.line)).toEqual([2, 3, 5]);
  });

  it("skips empty lines and separator-only lines, keeping line numbers true", () => {
    const result = parsed("code,value\n\nA,1\n,\n\r\nB,2\n\n");
    expect(result.records).toEqual([
      { line: 3, cells: ["A", "1"] },
      { line: 6, cells: ["B", "2"] },
    ]);
  });

  it("keeps rows with extra or missing cells as they are (the validator names them)", () => {
    expect(parsed("a,b\n1,2,3\n1\n").records.map((record) => record.cells)).toEqual([["1", "2", "3"], ["1"]]);
  });

  it("trims header names but not values", () => {
    const result = parsed(" code , value \n A , 1 \n");
    expect(result.header).toEqual(["code", "value"]);
    expect(result.records[0]?.cells).toEqual([" A ", " 1 "]);
  });

  it("refuses an unclosed quote and text after a closing quote, naming the line", () => {
    expect(parseCsv('code\nA\n"B\n')).toEqual({
      ok: false,
      message: "Line 3: a quoted value is never closed.",
    });
    expect(parseCsv('code\n"A"x\n')).toMatchObject({ ok: false, message: expect.stringContaining("Line 2") });
  });

  it("refuses an empty file", () => {
    expect(parseCsv("")).toMatchObject({ ok: false });
    expect(parseCsv("\n\n")).toMatchObject({ ok: false });
  });

  it("reads back whatever toCsv writes", () => {
    const cell = fc.string({
      unit: fc.constantFrom(
        "a",
        "Z",
        "1",
        ",",
        '"',
        "\n",
        "\r\n",
        " ",
        "é",
        "-",
        "=",
        "+",
        "@",
        "'",
        "\t",
        ".",
      ),
    });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 20 }), (rows) => {
        const kept = rows.filter((row) => row.some((value) => value !== ""));
        const result = parsed(toCsv(["a", "b"], kept));
        expect(result.records.map((record) => record.cells)).toEqual(kept);
      }),
    );
  });
});

describe("decodeCsvBytes", () => {
  it("decodes UTF-8", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("code\nCAFÉ\n"))).toEqual({
      ok: true,
      text: "code\nCAFÉ\n",
    });
  });

  it("refuses Windows-1252 bytes with a message that says how to save the file", () => {
    const latin1 = Uint8Array.from([0x63, 0x6f, 0x64, 0x65, 0x0a, 0x43, 0x41, 0x46, 0xc9, 0x0a]); // "CAFÉ" in cp1252
    const result = decodeCsvBytes(latin1);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("UTF-8") });
  });
});

describe("toCsv", () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ["+1+cmd", "'+1+cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["-A1", "'-A1"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
    ["'=1+1", "''=1+1"],
  ])("puts an apostrophe before the formula-like cell %j", (cell, written) => {
    expect(toCsv(["code"], [[cell]])).toBe(`code\r\n${written}\r\n`);
  });

  it.each(["-5", "-5.50", "-0", "5", "SPRING-10", "it's", "'quoted'"])("leaves %j as it is", (cell) => {
    expect(toCsv(["code"], [[cell]])).toBe(`code\r\n${cell}\r\n`);
  });

  it("gives a guarded cell back unguarded when the file is uploaded again", () => {
    const cells = ["-SALE", "=1+1", "'=1+1", "-5", "\tx"];
    expect(parsed(toCsv(["a", "b", "c", "d", "e"], [cells])).records[0]?.cells).toEqual(cells);
  });

  it("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(
      toCsv(
        ["code", "error"],
        [
          ["A,B", 'value "x"'],
          ["=HYPERLINK()", "-5"],
        ],
      ),
    ).toBe('code,error\r\n"A,B","value ""x"""\r\n\'=HYPERLINK(),-5\r\n');
  });
});
