import { expect, mutation, test } from "../fixtures/api";
import { SANDBOX_TOKEN } from "../fixtures/sandbox";

test("no BFF response body or header contains the Recharge token, also on upstream errors", async ({
  api,
  sandbox,
}) => {
  const charge = await sandbox.claim<{ id: number }>("charges", "status=queued");
  // Recharge echoing the token back in an error must not pass it on.
  const fault = await sandbox.addFault({
    method: "GET",
    path: `/charges/${charge.id}`,
    status: 422,
    body: { errors: { token: [`bad token ${SANDBOX_TOKEN}`] } },
  });
  const responses = await Promise.all([
    api.admin.get("/api/charges?limit=5"),
    api.admin.get(`/api/charges/${charge.id}`),
    api.admin.get("/api/customers?limit=5"),
    api.admin.get("/api/me"),
    api.admin.get("/api/audit"),
    api.agent.post(`/api/charges/${charge.id}/skip`, mutation({})),
    api.anonymous.get("/api/charges"),
  ]);
  await sandbox.removeFault(fault);
  for (const response of responses) {
    const text = await response.text();
    expect(text, response.url()).not.toContain(SANDBOX_TOKEN);
    expect(JSON.stringify(response.headers()), response.url()).not.toContain(SANDBOX_TOKEN);
  }
});
