import { z } from "zod";

/** `GET /api/events` query: `since` is a cursor it gave out before (an event id), or absent to start. */
export const eventsQuerySchema = z.strictObject({
  since: z
    .string()
    .regex(/^\d{1,18}$/, "must be an event cursor (digits) from a previous answer")
    .optional(),
});
export type EventsQuery = z.infer<typeof eventsQuerySchema>;
