import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv/parse-csv";
import { MAX_ROWS_REPORTED, checkedBatchSubmissionSchema } from "./batch-submission-check";
import { checkedBatchTypes } from "./types/task-schemas";
import { validateRows } from "./validate-rows";

const check = (input: unknown) => checkedBatchSubmissionSchema.safeParse(input);
const fields = (input: unknown) => {
  const result = check(input);
  if (result.success) throw new Error("expected the submission to be refused");
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};
const create = (code: string) => ({ body: { code, value: "10", value_type: "percentage" } });

describe("checkedBatchSubmissionSchema", () => {
  it("refuses the whole batch when one task breaks its type's rules, naming row and field", () => {
    const tasks = [create("A"), create("B"), create("C"), create("HAS SPACE"), create("E")];
    tasks[1]!.body.value = "150";
    expect(fields({ batch_type: "discount_create", tasks })).toEqual({
      "tasks.1.body.value": "must be between 0 and 100",
      "tasks.3.body.code": "must not contain spaces",
    });
  });

  it("checks update and delete tasks against their own shapes: {discount_id, changes} and {discount_id}", () => {
    expect(
      check({
        batch_type: "discount_update",
        tasks: [{ body: { discount_id: 12, changes: { status: "disabled" } } }],
      }).success,
    ).toBe(true);
    // The single-endpoint shape is not a batch task: Recharge would fail every row.
    expect(
      fields({ batch_type: "discount_update", tasks: [{ body: { id: 12, status: "disabled" } }] }),
    ).toMatchObject({
      "tasks.0.body": expect.stringMatching(/unrecognized key/i),
    });
    expect(
      fields({ batch_type: "discount_delete", tasks: [{ body: { discount_id: "twelve" } }] }),
    ).toHaveProperty(["tasks.0.body.discount_id"]);
    expect(
      fields({ batch_type: "discount_delete", tasks: [{ body: { discount_id: 1, code: "X" } }] }),
    ).toHaveProperty(["tasks.0.body"]);
  });

  it("sends each body as its schema outputs it", () => {
    const result = check({ batch_type: "discount_create", tasks: [create("  SPRING  ")] });
    expect(result.success && result.data.tasks[0]!.body.code).toBe("SPRING");
  });

  it("names the first hundred bad rows and counts the rest, instead of answering with thousands", () => {
    const tasks = Array.from({ length: 300 }, (_, index) => create(`BAD ${index}`));
    const named = fields({ batch_type: "discount_create", tasks });
    expect(Object.keys(named).filter((path) => path.startsWith("tasks."))).toHaveLength(MAX_ROWS_REPORTED);
    expect(named.tasks).toBe(`300 rows are not valid; the first ${MAX_ROWS_REPORTED} are listed`);
  });

  it("refuses a file whose row count does not match the tasks", () => {
    const source = { file_name: "codes.csv", columns: ["code"], rows: [["A"], ["B"]] };
    expect(fields({ batch_type: "discount_create", tasks: [create("A")], source })).toHaveProperty([
      "source.rows",
    ]);
  });

  it("refuses uploaded rows that are not the rows the tasks were made from", () => {
    const columns = ["code", "value_type", "value"];
    const source = {
      file_name: "codes.csv",
      columns,
      rows: [
        ["A", "percentage", "10"],
        ["NOT-B", "percentage", "10"],
      ],
    };
    expect(fields({ batch_type: "discount_create", tasks: [create("A"), create("B")], source })).toEqual({
      "source.rows.1": "is not the row task 1 was made from",
    });
  });

  it("accepts what the browser's upload check builds from a file, extra columns and all", () => {
    const parsed = parseCsv(
      "code,value_type,value,notes\r\nSPRING,Percentage,10,first\r\nSUMMER,fixed_amount,5,\r\n",
    );
    if (!parsed.ok) throw new Error(parsed.message);
    const report = validateRows(checkedBatchTypes.discount_create, parsed.header, parsed.records);
    if (!report.ok) throw new Error(report.message);
    const submission = {
      batch_type: "discount_create",
      tasks: report.valid.map((row) => ({ body: row.body })),
      source: { file_name: "spring.csv", columns: report.header, rows: report.valid.map((row) => row.cells) },
    };
    // As it arrives: JSON, key order and all.
    const result = check(JSON.parse(JSON.stringify(submission)));
    expect(result.success).toBe(true);
  });
});
