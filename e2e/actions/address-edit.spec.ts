import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures/api";
import {
  addressOf,
  claimAddressWithQueuedCharge,
  openAddressCard,
  queuedChargesOf,
  type SandboxCharge,
} from "./address-records";

// Editing where an address ships (a customer who moved), as an agent, against the sandbox.
test.use({ storageState: "e2e/.auth/agent.json" });

const dialog = (page: Page) => page.getByRole("dialog");

test("edit an address: only the changed fields are sent, and the card and its queued charges show the new address", async ({
  page,
  sandbox,
}) => {
  const { address } = await claimAddressWithQueuedCharge(sandbox);
  const street = `${address.id % 1000} Relocation Way`;
  const city = "Springfield";
  const card = await openAddressCard(page, address);
  await card.getByRole("button", { name: "Edit address" }).click();

  await expect(dialog(page).getByTestId("address-shipments")).toContainText(
    /\d+ subscriptions? and [1-9]\d* queued charges? ship here\./,
  );
  await expect(dialog(page).getByLabel("City")).toHaveValue(address.city ?? "");
  const save = dialog(page).getByRole("button", { name: /^Save/ });
  await expect(save).toBeDisabled(); // nothing changed yet

  await dialog(page).getByLabel("Address line 1").fill(street);
  await dialog(page).getByLabel("City").fill(city);
  await expect(dialog(page).getByTestId("address-changes")).toHaveText("Sends: Address line 1, City.");
  const sent = page.waitForRequest(
    (request) =>
      request.method() === "PUT" && new URL(request.url()).pathname === `/api/addresses/${address.id}`,
  );
  await dialog(page).getByRole("button", { name: "Save 2 changes" }).click();
  expect((await sent).postDataJSON()).toEqual({ address1: street, city });

  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText(`Address #${address.id} saved.`)).toBeVisible();
  await expect(card).toContainText(street);
  const after = await addressOf(sandbox, address.id);
  expect([after.address1, after.city, after.zip]).toEqual([street, city, address.zip]);
  // commit=true: Recharge regenerated the queued charges before answering.
  const charges = await queuedChargesOf(sandbox, address.id);
  expect(charges.length).toBeGreaterThan(0);
  for (const charge of charges) expect(charge.shipping_address.address1, `charge #${charge.id}`).toBe(street);
  expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toHaveLength(1);
});

test("a country the store does not ship to is refused at the country field, and nothing changes", async ({
  page,
  sandbox,
}) => {
  const { address, charge } = await claimAddressWithQueuedCharge(sandbox);
  const card = await openAddressCard(page, address);
  await card.getByRole("button", { name: "Edit address" }).click();
  const country = dialog(page).getByLabel("Country code");
  const save = dialog(page).getByRole("button", { name: /^Save/ });

  // Checked as typed: not a code at all is stopped in the dialog, and nothing is sent.
  await country.fill("Japan");
  await expect(country).toHaveAttribute("aria-invalid", "true");
  await expect(country).toHaveAccessibleDescription("Enter the country's 2-letter code, e.g. US or GB.");
  await expect(save).toBeDisabled();
  await page.keyboard.press("Enter");
  expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toEqual([]);

  // A code, but not a country this store ships to: Recharge's reason, at the field.
  await country.fill("JP");
  await expect(country).not.toHaveAttribute("aria-invalid", "true");
  await save.click();
  await expect(country).toHaveAccessibleDescription(/JP is not a country this store ships to/);
  await expect(country).toHaveAttribute("aria-invalid", "true");
  await expect(dialog(page)).toBeVisible();
  // Sending the refused value again would only be refused again.
  await expect(save).toBeDisabled();

  const after = await addressOf(sandbox, address.id);
  expect(after.country_code).toBe(address.country_code);
  expect(after.updated_at).toBe(address.updated_at);
  const chargeAfter = await sandbox.get<{ charge: SandboxCharge }>(`/charges/${charge.id}`);
  expect(chargeAfter.charge.shipping_address).toEqual(charge.shipping_address);
  expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toHaveLength(1);
});
