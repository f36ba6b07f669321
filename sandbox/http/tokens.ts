// The two sandbox tokens and what their scopes allow. Charges sit under read_orders/write_orders in
// 2021-11 and read_charges/write_charges on older tokens; either spelling is accepted.

export interface Token {
  name: string;
  /** Short name for the request log: the token value itself is never logged. */
  label: "admin" | "readonly";
  scopes: ReadonlySet<string>;
}

const READ_SCOPES = [
  "read_accounts",
  "read_addresses",
  "read_batches",
  "read_charges",
  "read_customers",
  "read_discounts",
  "read_events",
  "read_orders",
  "read_payment_methods",
  "read_payments",
  "read_products",
  "read_store",
  "read_subscriptions",
  "read_webhooks",
] as const;

const WRITE_SCOPES = [
  "process_charge",
  "write_addresses",
  "write_batches",
  "write_charges",
  "write_customers",
  "write_discounts",
  "write_orders",
  "write_payment_methods",
  "write_payments",
  "write_products",
  "write_subscriptions",
  "write_webhooks",
] as const;

export const TOKENS: ReadonlyMap<string, Token> = new Map([
  [
    "sandbox_admin_token",
    { name: "Sandbox admin token", label: "admin", scopes: new Set([...READ_SCOPES, ...WRITE_SCOPES]) },
  ],
  [
    "sandbox_readonly_token",
    { name: "Sandbox read-only token", label: "readonly", scopes: new Set(READ_SCOPES) },
  ],
]);

/** Every group must be satisfied by one of its scopes: `[["write_orders", "write_charges"], ["write_payments"]]`. */
export type ScopeRule = readonly (readonly string[])[];

export function hasScopes(token: Token, rule: ScopeRule): boolean {
  return rule.every((group) => group.some((scope) => token.scopes.has(scope)));
}

export const SCOPES = {
  none: [],
  readCustomers: [["read_customers"]],
  writeCustomers: [["write_customers"]],
  readSubscriptions: [["read_subscriptions"]],
  writeSubscriptions: [["write_subscriptions"]],
  readCharges: [["read_orders", "read_charges"]],
  writeCharges: [["write_orders", "write_charges"]],
  refundCharges: [["write_orders", "write_charges"], ["write_payments"]],
  processCharges: [
    ["write_orders", "write_charges"],
    ["write_payments", "process_charge"],
  ],
  readOrders: [["read_orders"]],
  readDiscounts: [["read_discounts"]],
  writeDiscounts: [["write_discounts"]],
  readBatches: [["read_batches"]],
  writeBatches: [["write_batches"]],
  readWebhooks: [["read_webhooks"]],
  writeWebhooks: [["write_webhooks"]],
} as const satisfies Record<string, ScopeRule>;
