import { describe, expect, it } from "vitest";
import type { Address } from "@/lib/recharge/schemas/address";
import type { Customer } from "@/lib/recharge/schemas/customer";
import { addressLines, countryName, customerTitle, discountValueLabel, personName } from "./customer-format";
import { PROFILE_LABELS, profileItems } from "./customer-profile";
import { paymentMethodHealth } from "./payment-method-badge";

const address = {
  id: 105226273,
  customer_id: 93415038,
  payment_method_id: 48744041,
  address1: "7790 Church St",
  address2: null,
  city: "Chicago",
  company: null,
  country_code: "US",
  created_at: "2026-11-19T00:35:25+00:00",
  discounts: [],
  first_name: "Owen",
  last_name: "Cooper",
  order_attributes: [],
  phone: "+11818930211",
  presentment_currency: "USD",
  province: "Illinois",
  updated_at: "2026-11-19T00:35:25+00:00",
  zip: "60601",
} satisfies Address;

const customer = {
  id: 93415038,
  created_at: "2026-11-19T00:34:30+00:00",
  email: "owen.cooper@yahoo.com",
  external_customer_id: { ecommerce: "6265544949136" },
  first_charge_processed_at: null,
  first_name: "Owen",
  has_payment_method_in_dunning: false,
  has_valid_payment_method: true,
  hash: "3e4a0f400f52d443",
  last_name: "Cooper",
  phone: null,
  subscriptions_active_count: 1,
  subscriptions_total_count: 2,
  tax_exempt: false,
  updated_at: "2026-11-20T13:05:35+00:00",
} satisfies Customer;

describe("names", () => {
  it("joins the parts Recharge has and falls back to the email", () => {
    expect(personName({ first_name: "Owen", last_name: "Cooper" })).toBe("Owen Cooper");
    expect(personName({ first_name: " ", last_name: "Cooper" })).toBe("Cooper");
    expect(personName({ first_name: null, last_name: null })).toBeNull();
    expect(customerTitle({ ...customer, first_name: null, last_name: "" })).toBe("owen.cooper@yahoo.com");
  });
});

describe("addresses", () => {
  it("prints the postal lines without empty ones", () => {
    expect(addressLines(address)).toEqual(["7790 Church St", "Chicago, Illinois 60601"]);
    expect(addressLines({ ...address, company: "Acme", address2: "Apt 3", province: null })).toEqual([
      "Acme",
      "7790 Church St",
      "Apt 3",
      "Chicago, 60601",
    ]);
  });

  it("names countries, keeping codes it cannot name", () => {
    expect(countryName("US")).toBe("United States (US)");
    expect(countryName("gb")).toBe("United Kingdom (GB)");
    expect(countryName("ZZ")).toBe("ZZ");
    expect(countryName("usa")).toBe("usa");
    expect(countryName(null)).toBe("—");
  });

  it("reads each discount type as what the customer gets", () => {
    const discount = { id: 1, code: "SAVE" };
    expect(discountValueLabel({ ...discount, value: "10.00", value_type: "percentage" }, "USD")).toBe(
      "10% off",
    );
    expect(discountValueLabel({ ...discount, value: "12.50", value_type: "percentage" }, "USD")).toBe(
      "12.50% off",
    );
    expect(discountValueLabel({ ...discount, value: "5.00", value_type: "fixed_amount" }, "EUR")).toBe(
      "€5.00 off",
    );
    expect(discountValueLabel({ ...discount, value: "100.00", value_type: "shipping" }, "USD")).toBe(
      "Free shipping",
    );
    expect(discountValueLabel({ ...discount, value: "50.00", value_type: "shipping" }, "USD")).toBe(
      "50% off shipping",
    );
    expect(discountValueLabel({ ...discount, value: null }, "USD")).toBe("—");
  });
});

describe("profile", () => {
  it("the loading skeleton draws the profile's labels, in order", () => {
    expect(profileItems(customer).map((item) => item.label)).toEqual([...PROFILE_LABELS]);
  });

  it("payment method health: no valid method outranks dunning", () => {
    const flags = (valid: boolean, dunning: boolean) => ({
      has_valid_payment_method: valid,
      has_payment_method_in_dunning: dunning,
    });
    expect(paymentMethodHealth(flags(true, false))).toBe("valid");
    expect(paymentMethodHealth(flags(true, true))).toBe("dunning");
    expect(paymentMethodHealth(flags(false, true))).toBe("missing");
    expect(paymentMethodHealth(flags(false, false))).toBe("missing");
  });
});
