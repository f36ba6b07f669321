// POST /api/batches as the server takes it. The browser's preview checks every row, but a request can
// come from anywhere: here each task body is parsed again with its batch type's own schema (the very
// definition the preview used, lib/batches/types/task-schemas.ts), and the uploaded rows kept with the batch must be
// the rows those bodies were made from — failed rows and history are built from them.
import { z } from "zod";
import { batchSubmissionInputSchema } from "@/lib/schemas/batch-submission";
import { canonicalJson } from "@/lib/utils/canonical-json";
import { checkedBatchTypes, type CheckedBatchType } from "./types/task-schemas";
import { rowToBody } from "./types/column-map";

/** Bad rows named one by one, up to this many; a whole file of them would make a huge answer. */
export const MAX_ROWS_REPORTED = 100;

type Body = Record<string, unknown>;
type Source = NonNullable<z.output<typeof batchSubmissionInputSchema>["source"]>;

/** The body the row of `source` at `index` converts to, as the preview converted it (null: invalid). */
function bodyOfRow(definition: CheckedBatchType, source: Source, index: number): Body | null {
  const cells = source.rows[index] ?? [];
  const byColumn = Object.fromEntries(source.columns.map((name, column) => [name, cells[column] ?? ""]));
  const result = rowToBody(definition.columns, definition.schema, byColumn);
  return result.ok ? result.body : null;
}

/**
 * The submission with every task body as its type's schema outputs it (what is sent to Recharge), or
 * 422 issues: `tasks.<row>.body.<field>` for a body its schema refuses, `source.rows.<row>` for an
 * uploaded row that does not give its task's body. The whole request is refused if any row fails.
 */
export const checkedBatchSubmissionSchema = batchSubmissionInputSchema.transform((input, context) => {
  const definition = checkedBatchTypes[input.batch_type];
  const bodies: Body[] = [];
  let badRows = 0;
  const reject = (path: PropertyKey[], message: string) => {
    if (badRows <= MAX_ROWS_REPORTED) context.addIssue({ code: "custom", path, message });
  };

  input.tasks.forEach((task, index) => {
    const parsed = definition.schema.safeParse(task.body);
    if (parsed.success) {
      bodies.push(parsed.data as Body);
      return;
    }
    badRows += 1;
    for (const issue of parsed.error.issues) reject(["tasks", index, "body", ...issue.path], issue.message);
  });

  const { source } = input;
  if (source && badRows === 0) {
    bodies.forEach((body, index) => {
      const fromRow = bodyOfRow(definition, source, index);
      if (fromRow && canonicalJson(fromRow) === canonicalJson(body)) return;
      badRows += 1;
      reject(["source", "rows", index], `is not the row task ${index} was made from`);
    });
  }

  if (badRows > MAX_ROWS_REPORTED)
    context.addIssue({
      code: "custom",
      path: ["tasks"],
      message: `${badRows.toLocaleString("en-US")} rows are not valid; the first ${MAX_ROWS_REPORTED} are listed`,
    });
  if (badRows > 0) return z.NEVER;
  return { ...input, tasks: bodies.map((body) => ({ body })) };
});
export type CheckedBatchSubmission = z.output<typeof checkedBatchSubmissionSchema>;
