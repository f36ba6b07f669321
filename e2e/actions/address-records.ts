import type { Page } from "@playwright/test";
import type { Sandbox } from "../fixtures/sandbox";

// What the address specs read of the sandbox, and how they find their own records.

export type SandboxAddress = {
  id: number;
  customer_id: number;
  address1: string | null;
  city: string | null;
  country_code: string | null;
  province: string | null;
  zip: string | null;
  updated_at: string;
  discounts: { id: number; code?: string | null }[];
};

export type SandboxCharge = {
  id: number;
  address_id: number;
  status: string;
  shipping_address: { address1: string | null; city: string | null; country_code: string | null };
  discounts: { code: string | null }[];
};

export const addressOf = async (sandbox: Sandbox, id: number) =>
  (await sandbox.get<{ address: SandboxAddress }>(`/addresses/${id}`)).address;

/** Every queued charge of the address, as Recharge has it now. */
export const queuedChargesOf = async (sandbox: Sandbox, addressId: number) =>
  (
    await sandbox.get<{ charges: SandboxCharge[] }>(
      `/charges?address_id=${addressId}&status=queued&limit=250`,
    )
  ).charges;

/**
 * An address without a discount that has a queued charge, both claimed for the calling spec: the
 * charge shows what the address's changes do to what ships. The lowest unclaimed queued charge is
 * claimed first, then its address; an address another spec owns, or one with a discount, is passed.
 */
export async function claimAddressWithQueuedCharge(sandbox: Sandbox) {
  for (let attempt = 0; attempt < 25; attempt++) {
    const charge = await sandbox.claim<SandboxCharge>("charges", "status=queued");
    const address = await sandbox
      .claim<SandboxAddress>("addresses", `ids=${charge.address_id}`)
      .catch(() => null); // its address is another spec's
    if (address && address.discounts.length === 0) return { address, charge };
  }
  throw new Error("no unclaimed address without a discount has a queued charge");
}

/** An address of its own without a discount (most of the seeded ones). */
export async function claimAddressWithoutDiscount(sandbox: Sandbox): Promise<SandboxAddress> {
  for (let attempt = 0; attempt < 25; attempt++) {
    const address = await sandbox.claim<SandboxAddress>("addresses", "");
    if (address.discounts.length === 0) return address;
  }
  throw new Error("no unclaimed address without a discount");
}

/** The address's card on its customer's page. */
export async function openAddressCard(page: Page, address: SandboxAddress) {
  await page.goto(`/customers/${address.customer_id}`);
  return page.getByRole("article").filter({ hasText: new RegExp(`#${address.id}(?!\\d)`) });
}
