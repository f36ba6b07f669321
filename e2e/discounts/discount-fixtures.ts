import { randomUUID } from "node:crypto";
import type { LoggedRequest, Sandbox } from "../fixtures/sandbox";

// What the discount form specs share: codes of their own, discounts made outside the app, and what
// the sandbox received. Every spec makes its own codes, so no two specs ever touch the same record.

/** A discount as the sandbox answers it (Recharge 2021-11). */
export type SandboxDiscount = {
  id: number;
  code: string;
  value: string;
  value_type: string;
  status: string;
  starts_at: string | null;
  ends_at: string | null;
  updated_at: string;
  prerequisite_subtotal_min: string | null;
  applies_to: { ids: number[]; purchase_item_type: string; resource: string | null };
  usage_limits: {
    first_time_customer_restriction: boolean;
    max_subsequent_redemptions: number | null;
    one_application_per_customer: boolean;
  };
  channel_settings: Record<
    "api" | "checkout_page" | "customer_portal" | "merchant_portal",
    { can_apply: boolean }
  >;
};

/** A request as the sandbox logged it, with its parsed body. */
type LoggedWithBody = LoggedRequest & { body: unknown };

/** A code no other spec or run has: `PREFIX-3F2A9C1B`. */
export const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;

/** The discounts with this code (codes are unique whatever their case: 0 or 1). */
export async function discountsWithCode(sandbox: Sandbox, code: string): Promise<SandboxDiscount[]> {
  const page = await sandbox.get<{ discounts: SandboxDiscount[] }>(
    `/discounts?discount_code=${encodeURIComponent(code)}`,
  );
  return page.discounts;
}

export async function discountById(sandbox: Sandbox, id: number): Promise<SandboxDiscount> {
  return (await sandbox.get<{ discount: SandboxDiscount }>(`/discounts/${id}`)).discount;
}

/**
 * A discount made straight in the sandbox, as in Recharge's own admin, and claimed for this spec
 * (e2e/fixtures/record-claims.ts) so no sweep picks it while the spec changes it.
 */
export async function createDiscountElsewhere(
  sandbox: Sandbox,
  body: Record<string, unknown> & { code: string },
): Promise<SandboxDiscount> {
  const { discount } = await sandbox.changeElsewhere<{ discount: SandboxDiscount }>("/discounts", body);
  await sandbox.claim("discounts", `discount_code=${encodeURIComponent(discount.code)}`);
  return discount;
}

/** The bodies of the creates the sandbox received for one code. */
export async function createBodiesFor(sandbox: Sandbox, code: string): Promise<unknown[]> {
  const requests = (await sandbox.requests("POST", "/discounts")) as LoggedWithBody[];
  return requests
    .filter((request) => (request.body as { code?: unknown } | null)?.code === code)
    .map((request) => request.body);
}

/** The bodies of the changes the sandbox received for one discount. */
export async function updateBodiesFor(sandbox: Sandbox, id: number): Promise<unknown[]> {
  const requests = (await sandbox.requests("PUT", `/discounts/${id}`)) as LoggedWithBody[];
  return requests.map((request) => request.body);
}
