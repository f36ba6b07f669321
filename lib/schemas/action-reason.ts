import { z } from "zod";

// Why the operator acted: kept in the audit log. Required where money moves (refund, process).
export const requiredReasonSchema = z
  .string({ message: "Say why (kept in the audit log)." })
  .trim()
  .min(3, "Say why in a few words (kept in the audit log).")
  .max(500, "Keep the reason under 500 characters.");

export const optionalReasonSchema = z
  .string()
  .trim()
  .max(500, "Keep the reason under 500 characters.")
  .optional()
  .transform((value) => (value === "" ? undefined : value));
