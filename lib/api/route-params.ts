import "server-only";
import { z } from "zod";

/** `[id]` segments: Recharge ids are positive integers; anything else cannot name a record (404). */
export const idParamsSchema = z.object({
  id: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
});
export type IdParams = z.output<typeof idParamsSchema>;
