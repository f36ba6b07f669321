// An action's round trip in the browser, as an operator takes it: on a queued charge's page, Skip →
// its dialog → confirm, timed from the confirm click to the success toast ("Skipped …") in the DOM;
// then Unskip the same way, which puts the charge back as it was. Each stack has a sandbox of its
// own, so the charges are this run's alone; a different charge per cycle.
import { armTimer, readTimer } from "./lib/in-page-timer.mjs";
import { listDirect } from "./lib/sandbox-records.mjs";
import { percentile, round } from "./lib/stats.mjs";

const STEPS = [
  { open: "Skip", confirm: "Skip charge", toast: "Skipped " },
  { open: "Unskip", confirm: "Unskip", toast: "Unskipped " },
];

async function roundTrip(page, { open, confirm, toast }) {
  await page.getByRole("button", { name: open, exact: true }).click();
  const dialog = page.getByRole("dialog");
  const button = dialog.getByRole("button", { name: confirm, exact: true });
  await button.waitFor();
  await page.waitForFunction((element) => !element.disabled, await button.elementHandle());
  await button.evaluate((element) => element.setAttribute("data-bench-confirm", ""));
  await armTimer(page, {
    startOnClick: "[data-bench-confirm]",
    marks: { done: { selector: "[data-sonner-toast]", text: toast } },
  });
  await button.click();
  const { done } = await readTimer(page);
  await dialog.waitFor({ state: "detached" });
  return done;
}

export async function measureActionRoundTrip(context, { appUrl, sandboxUrl }, { cycles = 3 } = {}) {
  const charges = await listDirect(sandboxUrl, "charges", `status=queued&limit=${cycles}`);
  const samples = [];
  const page = await context.newPage();
  for (const charge of charges) {
    await page.goto(`${appUrl}/charges/${charge.id}`, { waitUntil: "networkidle" });
    for (const step of STEPS) samples.push(await roundTrip(page, step));
  }
  await page.close();
  return {
    n: samples.length,
    medianMs: round(percentile(samples, 50), 1),
    p95Ms: round(percentile(samples, 95), 1),
  };
}
