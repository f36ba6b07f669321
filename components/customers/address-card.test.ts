import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OperatorProvider } from "@/components/auth/operator-context";
import type { Address } from "@/lib/recharge/schemas/address";
import type { Role } from "@/lib/schemas/roles";
import { AddressCard } from "./address-card";

const address: Address = {
  id: 105226273,
  customer_id: 93415038,
  first_name: "Owen",
  last_name: "Cooper",
  address1: "7790 Church St",
  city: "Chicago",
  province: "Illinois",
  zip: "60601",
  country_code: "US",
  discounts: [],
  order_attributes: [],
};

/** The card's markup as an operator of this role sees it. */
function card(role: Role, record: Address): string {
  const operator = { id: "op_1", email: `${role}@example.com`, name: role, role };
  return renderToStaticMarkup(
    h(QueryClientProvider, {
      client: new QueryClient(),
      children: h(OperatorProvider, { operator, children: h(AddressCard, { address: record }) }),
    }),
  );
}
const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((match) => match[1]);

describe("address card actions", () => {
  it("offers agents and admins the edit, and apply or remove as the address has a discount", () => {
    for (const role of ["agent", "admin"] as const) {
      expect(buttons(card(role, address)), role).toEqual(["Edit address", "Apply discount"]);
      const discounted = { ...address, discounts: [{ id: 138540173, code: "SANDBOX10" }] };
      expect(buttons(card(role, discounted)), role).toEqual(["Edit address", "Remove discount"]);
    }
  });

  it("offers a viewer nothing, and says so", () => {
    const html = card("viewer", address);
    expect(buttons(html)).toEqual([]);
    expect(html).toContain("No actions for this address with your role.");
  });

  it("names a discount the address lists by id alone, linked to its page, until its code is read", () => {
    const html = card("viewer", { ...address, discounts: [{ id: 138540173 }] });
    expect(html).toContain('href="/discounts/138540173"');
    expect(html).toContain("Discount #138540173");
  });
});
