import { formatRowErrors } from "./row-errors";

/** What the single endpoint answered for a task (recharge-api.md §6). */
export interface TaskResultLike {
  result: { status_code: number; output?: unknown } | null;
}

/** Recharge's field messages when a task failed validation, else its HTTP status. */
export function taskErrorMessage(task: TaskResultLike): string {
  const output = task.result?.output;
  const errors = output && typeof output === "object" ? (output as { errors?: unknown }).errors : undefined;
  if (errors && typeof errors === "object" && !Array.isArray(errors)) {
    const fields = Object.fromEntries(
      Object.entries(errors).map(([field, messages]) => [
        field,
        Array.isArray(messages) ? messages.map(String) : [String(messages)],
      ]),
    );
    return formatRowErrors(fields);
  }
  if (typeof errors === "string") return errors;
  return task.result ? `Recharge answered ${task.result.status_code}` : "Not run yet";
}

/** One line for a task's outcome: the created/changed record, the deletion, or the reason it failed. */
export function taskOutcome(task: TaskResultLike & { status: string }): string {
  if (task.status === "failed") return taskErrorMessage(task);
  if (!task.result) return "Waiting";
  const output = task.result.output;
  const record = output && typeof output === "object" ? Object.values(output as object)[0] : undefined;
  const id = record && typeof record === "object" ? (record as { id?: unknown }).id : undefined;
  if (task.result.status_code === 201 && id !== undefined) return `Created #${String(id)}`;
  if (task.result.status_code === 204) return "Deleted";
  if (id !== undefined) return `Updated #${String(id)}`;
  return `Done (${task.result.status_code})`;
}
