import type { Page } from "@playwright/test";
import { expect, mutation, test } from "../fixtures/api";
import {
  addressOf,
  claimAddressWithoutDiscount,
  claimAddressWithQueuedCharge,
  openAddressCard,
  queuedChargesOf,
} from "./address-records";

// Applying a discount code to an address and removing it, from the address's card on its customer's
// page. The sandbox's seeded codes: SANDBOX10/15 apply anywhere, SANDBOXDISABLED is disabled.

const dialog = (page: Page) => page.getByRole("dialog");
const codeField = (page: Page) => dialog(page).getByLabel("Discount code");
const applyButton = (page: Page) => dialog(page).getByRole("button", { name: /^Apply/ });

/** The Idempotency-Key of each apply the page sends for the address. */
function applyKeys(page: Page, addressId: number): string[] {
  const keys: string[] = [];
  page.on("request", (request) => {
    if (
      request.method() === "POST" &&
      new URL(request.url()).pathname === `/api/addresses/${addressId}/apply_discount`
    )
      keys.push(request.headers()["idempotency-key"] ?? "");
  });
  return keys;
}

test.describe("address discounts as an agent", () => {
  test.use({ storageState: "e2e/.auth/agent.json" });

  test("apply a code: the card shows it, the queued charges carry it, and the audit log names the address", async ({
    page,
    api,
    sandbox,
  }) => {
    const { address } = await claimAddressWithQueuedCharge(sandbox);
    const card = await openAddressCard(page, address);
    await card.getByRole("button", { name: "Apply discount" }).click();
    await expect(dialog(page).getByTestId("address-shipments")).toContainText("ship here");
    await codeField(page).fill("sandbox10");
    await dialog(page).getByRole("button", { name: "Apply sandbox10" }).click();

    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText(`applied to address #${address.id}.`)).toBeVisible();
    await expect(card.getByText("SANDBOX10")).toBeVisible();
    await expect(card.getByRole("button", { name: "Remove discount" })).toBeVisible();
    await expect(card.getByRole("button", { name: "Apply discount" })).toHaveCount(0);
    // The button that opened the dialog is gone: focus goes to the card's first action, not the page.
    await expect(
      card
        .getByRole("group", { name: /Actions/ })
        .getByRole("button")
        .first(),
    ).toBeFocused();

    expect((await addressOf(sandbox, address.id)).discounts.map((discount) => discount.code)).toEqual([
      "SANDBOX10",
    ]);
    const charges = await queuedChargesOf(sandbox, address.id);
    expect(charges.length).toBeGreaterThan(0);
    for (const charge of charges)
      expect(
        charge.discounts.map((discount) => discount.code),
        `charge #${charge.id}`,
      ).toEqual(["SANDBOX10"]);

    const audit = await api.admin.get(`/api/audit?target_type=address&target_id=${address.id}`);
    expect((await audit.json()).data).toEqual([
      expect.objectContaining({ action: "address.apply_discount", outcome: "succeeded" }),
    ]);
  });

  test("a disabled code is refused at the code field; the corrected code is sent as a new request", async ({
    page,
    sandbox,
  }) => {
    const address = await claimAddressWithoutDiscount(sandbox);
    const keys = applyKeys(page, address.id);
    const card = await openAddressCard(page, address);
    await card.getByRole("button", { name: "Apply discount" }).click();
    await codeField(page).fill("SANDBOXDISABLED");
    await applyButton(page).click();

    await expect(codeField(page)).toHaveAccessibleDescription(/SANDBOXDISABLED is (fully )?disabled/i);
    await expect(codeField(page)).toHaveAttribute("aria-invalid", "true");
    await expect(applyButton(page)).toBeDisabled();
    expect((await addressOf(sandbox, address.id)).discounts).toEqual([]);

    await codeField(page).fill("SANDBOX10");
    await expect(codeField(page)).not.toHaveAttribute("aria-invalid", "true");
    await dialog(page).getByRole("button", { name: "Apply SANDBOX10" }).click();
    await expect(dialog(page)).toBeHidden();
    expect((await addressOf(sandbox, address.id)).discounts.map((discount) => discount.code)).toEqual([
      "SANDBOX10",
    ]);
    // The refused request applied nothing; its correction is another request, not a replay of it.
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toHaveLength(2);
  });

  test("a code the store does not have is refused at the code field, and nothing changes", async ({
    page,
    sandbox,
  }) => {
    const address = await claimAddressWithoutDiscount(sandbox);
    const code = `NOSUCHCODE${address.id}`;
    const card = await openAddressCard(page, address);
    await card.getByRole("button", { name: "Apply discount" }).click();
    // Checked as typed first: a code has no spaces, and nothing is sent for one that does.
    await codeField(page).fill("TWO WORDS");
    await expect(codeField(page)).toHaveAccessibleDescription("A discount code has no spaces.");
    await expect(applyButton(page)).toBeDisabled();

    await codeField(page).fill(code);
    await applyButton(page).click();
    await expect(codeField(page)).toHaveAccessibleDescription(
      new RegExp(`${code} is not a discount code of this store`, "i"),
    );
    await expect(dialog(page).getByTestId("action-error")).toContainText("This did not go through");
    const after = await addressOf(sandbox, address.id);
    expect(after.discounts).toEqual([]);
    expect(after.updated_at).toBe(address.updated_at);
    expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toHaveLength(1);
  });

  test("remove the discount: the card shows none and offers apply again, the queued charges lose it", async ({
    page,
    api,
    sandbox,
  }) => {
    const { address } = await claimAddressWithQueuedCharge(sandbox);
    const applied = await api.agent.post(
      `/api/addresses/${address.id}/apply_discount`,
      mutation({ discount_code: "SANDBOX15" }),
    );
    expect(applied.status(), await applied.text()).toBe(200);

    const card = await openAddressCard(page, address);
    await expect(card.getByText("SANDBOX15")).toBeVisible();
    await card.getByRole("button", { name: "Remove discount" }).click();
    await expect(dialog(page)).toContainText("SANDBOX15 comes off this address");
    await dialog(page).getByRole("button", { name: "Remove discount" }).click();

    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText(`Discount removed from address #${address.id}.`)).toBeVisible();
    await expect(card.getByText("SANDBOX15")).toHaveCount(0);
    await expect(card.getByRole("button", { name: "Apply discount" })).toBeVisible();
    expect((await addressOf(sandbox, address.id)).discounts).toEqual([]);
    for (const charge of await queuedChargesOf(sandbox, address.id))
      expect(charge.discounts, `charge #${charge.id}`).toEqual([]);
  });

  test("a lost answer says the outcome is unknown; confirming again re-checks and never sends twice", async ({
    page,
    sandbox,
  }) => {
    const address = await claimAddressWithoutDiscount(sandbox);
    const keys = applyKeys(page, address.id);
    const card = await openAddressCard(page, address);
    await card.getByRole("button", { name: "Apply discount" }).click();
    await codeField(page).fill("SANDBOX10");

    // The connection drops once the request has reached Recharge: whether it applied is unknown.
    const fault = await sandbox.addFault({
      method: "PUT",
      path: `/addresses/${address.id}`,
      drop: true,
      times: 1,
    });
    try {
      await applyButton(page).click();
      const notice = dialog(page).getByTestId("action-error");
      await expect(notice).toContainText("could not confirm whether this went through");
      await expect(
        dialog(page).getByRole("button", { name: `Re-check address #${address.id}` }),
      ).toBeVisible();
      await expect(page.getByText(`applied to address #${address.id}.`)).toHaveCount(0);

      // Same dialog, same key: the server reads the address back instead of sending again.
      const replay = page.waitForResponse(
        (response) =>
          response.request().method() === "POST" &&
          new URL(response.url()).pathname === `/api/addresses/${address.id}/apply_discount`,
      );
      await applyButton(page).click();
      expect((await replay).status()).toBe(503);
      await expect(notice).toContainText("could not confirm whether this went through");
    } finally {
      await sandbox.removeFault(fault);
    }
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toHaveLength(1);
    expect((await addressOf(sandbox, address.id)).discounts).toEqual([]);
    // Closed, the page behind the dialog (inert while it is open) still shows no discount.
    await page.keyboard.press("Escape");
    await expect(dialog(page)).toBeHidden();
    await expect(card.getByText("None")).toBeVisible();
  });

  test("a discount applied by another operator while the apply dialog is open: it says so and refuses", async ({
    page,
    api,
    sandbox,
  }) => {
    const address = await claimAddressWithoutDiscount(sandbox);
    const card = await openAddressCard(page, address);
    await card.getByRole("button", { name: "Apply discount" }).click();
    await codeField(page).fill("SANDBOX10");
    await expect(applyButton(page)).toBeEnabled();

    const applied = await api.admin.post(
      `/api/addresses/${address.id}/apply_discount`,
      mutation({ discount_code: "SANDBOX15" }),
    );
    expect(applied.status(), await applied.text()).toBe(200);

    const notice = dialog(page).getByTestId("record-changed");
    await expect(notice).toContainText(
      /This address had the discount SANDBOX15 applied (just now|\d+ seconds? ago) by Ada Admin\./,
    );
    await expect(notice).toContainText("an address takes a single one: remove it first.");
    await expect(applyButton(page)).toBeDisabled();
    await dialog(page).getByRole("button", { name: "Cancel" }).click();
    await expect(dialog(page)).toBeHidden();
    expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toHaveLength(1);
    expect((await addressOf(sandbox, address.id)).discounts.map((discount) => discount.code)).toEqual([
      "SANDBOX15",
    ]);
  });
});

test.describe("address actions as a viewer", () => {
  test.use({ storageState: "e2e/.auth/viewer.json" });

  test("a viewer is offered no address action, and the routes refuse one", async ({ page, api, sandbox }) => {
    const address = await claimAddressWithoutDiscount(sandbox);
    const card = await openAddressCard(page, address);
    await expect(card.getByTestId("address-no-actions")).toHaveText(
      "No actions for this address with your role.",
    );
    await expect(card.getByRole("button")).toHaveCount(0);
    const refused = await api.viewer.post(
      `/api/addresses/${address.id}/apply_discount`,
      mutation({ discount_code: "SANDBOX10" }),
    );
    expect(refused.status()).toBe(403);
    expect(await sandbox.requests("PUT", `/addresses/${address.id}`)).toEqual([]);
  });
});
