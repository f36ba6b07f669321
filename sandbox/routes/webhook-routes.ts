// POST /webhooks and DELETE /webhooks/{id} (list and detail are in read-routes).
import { z } from "zod";
import { created, noContent, unprocessable } from "../domain/result";
import { message, parseInput } from "../domain/validation";
import { SCOPES } from "../http/tokens";
import type { Webhook } from "../store/admin-types";
import type { Store } from "../store/store";
import { includedObjectProblems } from "../webhooks/included-objects";
import { isWebhookTopic } from "../webhooks/topics";
import { withRecord, type ApiRoute } from "./route-types";

/** Only a documented topic (webhooks/topics.ts); the refusal's wording is the sandbox's choice. */
const webhookBody = z.object({
  address: z.url({
    protocol: /^https?$/,
    error: (issue) => (issue.input === undefined ? "can't be blank" : "must be an http(s) URL"),
  }),
  topic: z
    .string(message("must be a string"))
    .refine(isWebhookTopic, { error: (issue) => `${String(issue.input)} is not a valid topic` }),
  included_objects: z.array(z.string(), "must be a list of strings").optional(),
});

const webhooks = (store: Store) => store.webhooks;

export const webhookApiRoutes: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/webhooks",
    scopes: SCOPES.writeWebhooks,
    handler: ({ services, body }) => {
      const parsed = parseInput(webhookBody, body);
      if (!parsed.ok) return parsed.result;
      const problems = includedObjectProblems(parsed.data.topic, parsed.data.included_objects ?? []);
      if (problems.length > 0) return unprocessable({ included_objects: problems });
      const now = services.store.timestamp();
      const webhook: Webhook = {
        id: services.store.nextId("webhooks"),
        address: parsed.data.address,
        created_at: now,
        included_objects: parsed.data.included_objects ?? [],
        topic: parsed.data.topic,
        updated_at: now,
        version: "2021-11",
      };
      return created({ webhook: services.store.webhooks.insert(webhook) });
    },
  },
  {
    method: "DELETE",
    path: "/webhooks/:id",
    scopes: SCOPES.writeWebhooks,
    handler: (c) =>
      withRecord(c, webhooks, (webhook) => {
        c.services.store.webhooks.remove(webhook);
        return noContent();
      }),
  },
];
