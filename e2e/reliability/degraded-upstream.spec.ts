import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../fixtures/api";
import type { Sandbox } from "../fixtures/sandbox";

// Recharge having a bad minute: 30% of its answers are 503s and every answer is 500 ms late. Runs in
// its own Playwright project, after all the others, because the faults hit every call to the shared
// sandbox (playwright.config.ts).

const DEGRADED_FOR_MS = 60_000;

type Charge = { id: number; status: string };
type AuditRecord = { action: string; outcome: string };

test.use({ storageState: "e2e/.auth/agent.json", timezoneId: "UTC" });

/** What the operator saw on the way: every failure, said out loud, by charge. */
interface Ordeal {
  loadErrors: number;
  /** Dialog answers that were not a success, per charge id. */
  actionErrors: Map<number, number>;
}

/**
 * Shows `target`, however often the page's reads fail on the way: a failure must show the server's
 * message with Retry (never an empty table or a blank page), and Retry is what the operator presses.
 */
async function reachThrough(page: Page, target: Locator, ordeal: Ordeal) {
  const retry = page.getByRole("button", { name: "Retry", exact: true }).first();
  await expect(async () => {
    if (await target.isVisible()) return;
    if (await retry.isVisible()) {
      await expect(page.getByText(/could not be loaded/).first()).toBeVisible();
      ordeal.loadErrors += 1;
      await retry.click();
    }
    await expect(target).toBeVisible({ timeout: 4_000 });
  }).toPass({ timeout: 45_000 });
}

/**
 * Skips one charge from its page as a careful operator would. When the answer is a failure, or
 * "could not confirm" (a 503 may hide an applied change), they re-check the charge, close the
 * dialog and start again only if it is still queued: each new dialog is a new Idempotency-Key, so
 * the check in between is what keeps an action from applying twice.
 */
async function skipThroughTrouble(page: Page, charge: Charge, ordeal: Ordeal) {
  const dialog = page.getByRole("dialog");
  const skipButton = page.getByRole("button", { name: "Skip", exact: true });
  const unskipButton = page.getByRole("button", { name: "Unskip", exact: true });
  await page.goto(`/charges/${charge.id}`);
  for (let attempt = 1; attempt <= 12; attempt++) {
    await reachThrough(page, skipButton.or(unskipButton), ordeal);
    if (await unskipButton.isVisible()) return; // an earlier, unconfirmed attempt did apply
    await skipButton.click();
    await dialog.getByRole("button", { name: "Skip charge" }).click();
    // Wait for the answer itself — the dialog closing on success, or its error — not for "Skipping…"
    // to be gone: that label appears a tick after the click, so its absence proves nothing.
    const error = dialog.getByTestId("action-error");
    const outcome = () => dialogOutcome(dialog, error);
    await expect.poll(outcome, { timeout: 30_000 }).not.toBe("waiting");
    if ((await outcome()) === "closed") {
      await expect(page.getByText(`of charge #${charge.id}.`).first()).toBeVisible();
      return;
    }
    await expect(error).toContainText(/did not go through|Recharge is busy|could not confirm/);
    ordeal.actionErrors.set(charge.id, (ordeal.actionErrors.get(charge.id) ?? 0) + 1);
    const recheck = dialog.getByRole("button", { name: `Re-check charge #${charge.id}` });
    if (await recheck.isVisible()) await recheck.click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
  }
  throw new Error(`charge ${charge.id} was not skipped after 12 attempts`);
}

/** Where a confirmed dialog stands: closed (the server confirmed), showing its error, or still waiting. */
async function dialogOutcome(dialog: Locator, error: Locator): Promise<"closed" | "error" | "waiting"> {
  if (await dialog.isHidden()) return "closed";
  return (await error.isVisible()) ? "error" : "waiting";
}

/** Works through the charges for DEGRADED_FOR_MS, visiting the list between each; returns those done. */
async function workTheMinute(page: Page, charges: Charge[], ordeal: Ordeal): Promise<Charge[]> {
  const done: Charge[] = [];
  const until = Date.now() + DEGRADED_FOR_MS;
  for (const charge of charges) {
    if (Date.now() > until) break;
    // The list: rows, or the error with Retry — never an empty table.
    await page.goto("/charges?status=queued");
    await reachThrough(page, page.getByRole("table").getByRole("link").first(), ordeal);
    await expect(page.getByTestId("data-table-empty")).toHaveCount(0);
    await skipThroughTrouble(page, charge, ordeal);
    done.push(charge);
  }
  if (Date.now() <= until) throw new Error("ran out of queued charges before the minute was over");
  return done;
}

async function degraded<T>(sandbox: Sandbox, work: () => Promise<T>): Promise<T> {
  const faults = [
    await sandbox.addFault({ path: "/**", status: 503, rate: 0.3, delay_ms: 500 }),
    await sandbox.addFault({ path: "/**", delay_ms: 500 }),
  ];
  try {
    return await work();
  } finally {
    for (const fault of faults) await sandbox.removeFault(fault);
  }
}

test("a minute of 30% failures and 500 ms delays: usable, every error said, nothing applied twice or lost", async ({
  page,
  api,
  sandbox,
}) => {
  test.setTimeout(300_000);
  const candidates = await Promise.all(
    Array.from({ length: 40 }, () => sandbox.claim<Charge>("charges", "status=queued")),
  );
  const ordeal: Ordeal = { loadErrors: 0, actionErrors: new Map() };
  const skipped = await degraded(sandbox, () => workTheMinute(page, candidates, ordeal));

  // The minute was real trouble, and the operator still got work done.
  expect(skipped.length).toBeGreaterThanOrEqual(5);
  expect(ordeal.actionErrors.size).toBeGreaterThan(0);

  // Recharge, the audit log and the screen agree, charge by charge.
  for (const charge of skipped) {
    const upstream = await sandbox.get<{ charge: Charge }>(`/charges/${charge.id}`);
    expect(upstream.charge.status, `charge ${charge.id}`).toBe("skipped");
    const applied = (await sandbox.requests("POST", `/charges/${charge.id}/skip`)).filter(
      (request) => request.status === 200,
    );
    expect(applied, `charge ${charge.id} skipped upstream exactly once`).toHaveLength(1);
    const audit = await api.admin.get(`/api/audit?target_type=charge&target_id=${charge.id}&limit=100`);
    const records = ((await audit.json()).data as AuditRecord[]).filter(
      (record) => record.action === "charge.skip",
    );
    const outcomes = records.map((record) => record.outcome);
    expect(
      outcomes.filter((outcome) => outcome === "succeeded"),
      `charge ${charge.id}`,
    ).toHaveLength(1);
    // Every failure the operator was shown is in the log, and nothing they were not shown.
    expect(outcomes.length - 1, `charge ${charge.id}: ${outcomes.join(", ")}`).toBe(
      ordeal.actionErrors.get(charge.id) ?? 0,
    );
  }
  // And the dashboard is itself again.
  expect((await api.agent.get("/api/charges?status=queued&limit=5")).status()).toBe(200);
  const errors = [...ordeal.actionErrors.values()].reduce((a, b) => a + b, 0);
  test.info().annotations.push({
    type: "degraded minute",
    description: `${skipped.length} charges skipped; ${errors} action errors and ${ordeal.loadErrors} load errors shown and recovered from`,
  });
});
